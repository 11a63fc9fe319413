"""Området: one area, its flow, what its next step needs, and everything recorded on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import DataTable, Static

from innovation.domain import InnovationError
from innovation.engine import default_flows
from innovation.i18n import t
from innovation.present import clip, event_label, event_summary, event_when
from innovation.service import Service
from innovation.service.partners import FORMS, KINDS
from innovation.service.rounds import unread_for
from innovation.service.views import AreaDetail, EventView, IdeaView, LatestValue
from innovation.timeutil import local_date
from innovation.tui.background import unless_closed
from innovation.tui.screens.base import AppScreen
from innovation.tui.screens.forms import FormField, FormScreen, dated, when_fields
from innovation.tui.screens.ideas import IdeaScreen, idea_form
from innovation.tui.screens.rounds import HandoverNoteScreen, PersonScreen, PickScreen
from innovation.tui.widgets.card import COLOR_STYLE
from innovation.tui.widgets.flowstrip import strip
from innovation.tui.widgets.keybar import KeyBar
from innovation.tui.widgets.table import Table
from innovation.tui.widgets.tabs import TabStrip
from innovation.tui.widgets.topbar import TopBar
from innovation.words import track_label

if TYPE_CHECKING:
    from innovation.tui.app import InnovationApp

W = TypeVar("W", bound=Widget)

# Which key records what a missing requirement asks for (shown beside each ✗).
HINT_KEYS = {
    "medskapande": ("a", "key.activity"),
    "scope": ("s", "key.scope"),
    "nylage": ("n", "key.nylage"),
    "indicator": ("k", "key.indicator"),
    "test_hypothesis": ("t", "key.test"),
    "test_result": ("r", "key.result"),
    "owner": ("o", "key.owner"),
    "lesson": ("l", "key.lesson"),
}
LEAD_ACTIONS = {
    "activity",
    "test",
    "result",
    "lesson",
    "scope",
    "nylage",
    "owner",
    "indicator",
    "move",
}


TABS = (
    ("tab-activities", "tui.tab_activities"),
    ("tab-tests", "tui.tab_tests"),
    ("tab-lessons", "tui.tab_lessons"),
    ("tab-ideas", "tui.tab_ideas"),
    ("tab-followup", "tui.tab_followup"),
    ("tab-indicators", "tui.tab_indicators"),
    ("tab-partners", "tui.tab_partners"),
    ("tab-statements", "tui.tab_statements"),
    ("tab-history", "tui.tab_history"),
)
# Each table's columns, by the table's id.
COLUMNS = {
    "activities": ("col.key", "col.when", "tui.f_kind", "tui.f_residents", "tui.f_staff",
                   "tui.f_managers", "tui.cycle_col"),
    "tests": ("col.key", "tui.f_hypothesis", "tui.f_outcome", "tui.f_result", "tui.cycle_col"),
    "ideas": ("col.key", "col.title", "col.source", "col.score", "col.support", "col.status"),
    "followup": ("col.period", "col.status", "rep.cause", "rep.measures", "col.by"),
    "indicators": ("col.key", "tui.f_name", "tui.f_baseline", "col.national", "tui.f_target",
                   "tui.latest_value", "col.kolada_colour", "col.kolada", "col.source"),
    "partners": ("col.key", "col.name", "col.kind", "col.form", "col.since", "col.until"),
}  # fmt: skip


class AreaData(NamedTuple):
    """What the area screen shows, read in one go."""

    detail: AreaDetail
    ideas: list[IdeaView]
    reports: list[dict[str, Any]]
    open_periods: list[str]


def read_area(svc: Service, key: str) -> AreaData:
    return AreaData(
        svc.show_area(key),
        svc.list_ideas(key),
        svc.area_statuses(key),
        [p["key"] for p in svc.list_periods() if p["status"] == "open"],
    )


# Longer than this and the area's screen shows before its data, filled when the data comes.
SLOW_READ = 0.15


def open_area(app: InnovationApp, key: str) -> None:
    """Shows an area once it is read, so its screen paints once and full rather than empty and
    then again; a slow read shows the screen at once. An area that cannot be read is an error
    where the user is, not an empty screen."""
    token = object()
    app.opening = token
    shown = False

    def show(data: AreaData | None = None) -> None:
        nonlocal shown
        timer.stop()
        if shown or app.opening is not token:
            return
        shown = True
        # One area screen is kept and shown again with the next area's data: a screen built
        # anew costs more than all the rest of opening an area. A screen already in the stack
        # (an area opened from an area) and a slow read get a new one.
        kept = app.area_screen
        if data is not None and kept is not None and kept not in app.screen_stack:
            kept.visit(data)
            app.push_screen(kept)
            return
        screen = AreaScreen(key, data)
        if app.area_screen is None and data is not None:
            app.area_screen = screen
            app.install_screen(screen, "area")
        app.push_screen(screen)

    def failed(exc: InnovationError) -> None:
        timer.stop()
        if not shown and app.opening is token:
            app.error(exc)

    def read() -> None:
        try:
            data = read_area(app.service(), key)
        except InnovationError as exc:
            app.call_from_thread(failed, exc)
            return
        app.call_from_thread(show, data)

    timer = app.set_timer(SLOW_READ, show)
    app.run_worker(read, thread=True, group="open-area")


class AreaScreen(AppScreen):
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]
    BINDINGS = [
        Binding("escape", "back", t("key.back")),
        Binding("m", "move", t("key.move")),
        Binding("a", "activity", t("key.activity")),
        Binding("t", "test", t("key.test")),
        Binding("r", "result", t("key.result")),
        Binding("l", "lesson", t("key.lesson")),
        Binding("s", "scope", t("key.scope")),
        Binding("n", "nylage", t("key.nylage")),
        Binding("o", "owner", t("key.owner")),
        Binding("k", "indicator", t("key.indicator")),
        Binding("e", "idea", t("key.idea")),
        Binding("f", "status", t("key.status")),
        Binding("p", "partner", t("key.partner")),
        Binding("u", "origin", t("key.origin")),
        Binding("b", "people", t("key.people")),
    ]

    def __init__(self, key: str, data: AreaData | None = None) -> None:
        """`data`: the area as read already (see `open_area`); without it the screen reads it."""
        super().__init__()
        self.key = key
        self.notes_shown = False
        self.notes_waiting: list[dict[str, Any]] = []
        self.loaded: AreaData | None = None
        self.filled: set[str] = set()
        # What each pane made so far shows (a pane's content is in the DOM only once mounted).
        self.shows: dict[str, Widget] = {}
        self.visited = False
        self.pending = data

    @property
    def detail(self) -> AreaDetail | None:
        """The area as read last (None until it has been)."""
        return self.loaded.detail if self.loaded else None

    def visit(self, data: AreaData) -> None:
        """Shows another area on this screen (kept between visits, see `open_area`)."""
        self.key = data.detail.key
        self.notes_shown = False
        self.notes_waiting = []
        self.visited = False  # the data is fresh: the coming resume need not read it again
        for bar in self.query(TopBar):
            bar.where = self.key
        for scroll in self.query(VerticalScroll):
            scroll.scroll_home(animate=False)
        self._loaded(data)

    def compose(self) -> ComposeResult:
        yield TopBar(self.key)
        with Vertical(id="head"):
            yield Static(id="question")
            yield Static(id="meta")
            yield Static(id="strip")
            yield Static(id="notices")
        with Horizontal(id="body"):
            with VerticalScroll(id="next"):
                yield Static(id="checklist")
            with Vertical(id="tabs"):
                yield TabStrip([(pane, t(title)) for pane, title in TABS], id="tab-strip")
                # Panes are made when first shown: most visits look at one or two of them.
                # The first shows at once: its content comes with the screen.
                with Vertical(id="panes"):
                    pane, self.shows[TABS[0][0]] = _pane(TABS[0][0])
                    yield pane
        yield KeyBar()

    def on_mount(self) -> None:
        if self.pending is not None:
            self._loaded(self.pending)
            self.pending = None
        else:
            self.load()

    def resumed(self) -> None:
        if self.visited:
            super().resumed()
        else:  # the area was read when the screen was made; only the top bar's count is not
            for bar in self.query(TopBar):
                bar.reload()
        self.visited = True
        notes, self.notes_waiting = self.notes_waiting, []
        if notes:
            self._show_notes(notes)

    def reload(self) -> None:
        self.load()

    @work(thread=True, exclusive=True)
    @unless_closed
    def load(self) -> None:
        try:
            data = read_area(self.iapp.service(), self.key)
        except InnovationError as exc:
            self.app.call_from_thread(self.iapp.error, exc)
            return
        self.app.call_from_thread(self._loaded, data)

    def _show_notes(self, notes: list[dict[str, Any]]) -> None:
        """The one who took over sees the outgoing ledartröja's note before anything else."""
        if self.notes_shown:  # once per visit, though the screen reads its data more often
            return
        if not self.is_current:
            # Filled before it is shown (a kept screen): the note waits to go on top of it.
            self.notes_waiting = notes
            return
        self.notes_shown = True

        def done(read: bool | None) -> None:
            if read:
                self._mark_read()

        self.app.push_screen(HandoverNoteScreen(notes, self.iapp.name_of), done)

    # Its own group: the screen's exclusive reload must not cancel it.
    @work(thread=True, group="handover")
    @unless_closed
    def _mark_read(self) -> None:
        try:
            self.iapp.service().handover_seen(self.key)
        except InnovationError as exc:
            self.app.call_from_thread(self.iapp.error, exc)

    # painting -------------------------------------------------------------------------------
    def _loaded(self, data: AreaData) -> None:
        d = data.detail
        if d.key != self.key:
            return  # read for the area this screen showed before
        self.loaded = data
        self.filled = set()
        self._show_tab(self.query_one(TabStrip).active)
        name = self.iapp.name_of
        self.query_one("#question", Static).update(Text(f"{d.key} · {d.question}", style="bold"))
        meta = t(
            "tui.area_meta",
            track=track_label(d.track),
            cycle=d.cycle,
            round=d.round or "–",
            fadder=name(d.fadder),
            leads=", ".join(name(u) for u in d.ledartrojor),
        )
        self.query_one("#meta", Static).update(Text(meta, style="dim"))
        self.query_one("#strip", Static).update(strip(default_flows().get(d.track).flow, d.phase))
        notices = Text()
        if d.hold:
            notices += Text(
                t("show.hold", until=d.hold.until, reason=d.hold.reason or ""), style="yellow"
            )
        if d.delegation:
            notices += Text(
                ("\n" if notices else "")
                + t("show.delegation", to=name(d.delegation.delegate), until=d.delegation.until)
            )
        if d.merged_into:
            at = (d.merged_at or "")[:10]
            notices += Text(
                ("\n" if notices else "") + t("merge.into", area=d.merged_into, at=at) + "  [u]",
                style="bold yellow",
            )
        if d.merged_from:
            notices += Text(
                ("\n" if notices else "")
                + t("merge.from", areas=", ".join(d.merged_from))
                + "  [u]"
            )
        if not d.merged_into and self.iapp.actor not in d.ledartrojor:
            who = " & ".join(name(u) for u in d.ledartrojor)
            notices += Text(("\n" if notices else "") + t("tui.read_only", who=who), style="dim")
        self.query_one("#notices", Static).update(notices)
        self.query_one("#checklist", Static).update(self._checklist(d))
        self.refresh_bindings()
        notes = unread_for(d.handovers, self.iapp.actor)
        if notes:
            self._show_notes(notes)

    def _checklist(self, d: AreaDetail) -> Text:
        text = Text(t("tui.next_step"), style="bold underline") + Text("\n")
        if d.request:
            r = d.request
            age = r.age_days
            text += Text(
                t(
                    "tui.waiting_request",
                    request=r.key,
                    source=r.source,
                    dest=r.dest,
                    fadder=self.iapp.name_of(r.fadder),
                    n=age,
                )
                + "\n",
                style="yellow",
            )
            if r.stale:
                text += Text("  ! " + t("tui.stale") + "\n", style="yellow")
        if not d.moves:
            text += Text(t("tui.no_moves"), style="dim")
        for m in d.moves:
            line = Text(f"→ {m.label}", style="bold")
            notes = [t("tui.fadder_decides")] if m.approval else []
            if m.new_cycle:
                notes.append(t("tui.new_cycle"))
            if notes:
                line += Text(f"  ({', '.join(notes)})", style="dim")
            text += line + Text("\n")
            if not m.missing:
                text += Text("   " + t("tui.move_ready") + "\n", style="green")
            for name, hint in zip(m.missing, m.hints, strict=True):
                key, label = HINT_KEYS.get(name, ("", ""))
                hint_text = hint.split(":")[0]
                text += Text(f"   ✗ {hint_text}", style="red")
                if key:
                    text += Text(f"  [{key}] {t(label)}", style="bold")
                text += Text("\n")
        return text

    # the tabs -------------------------------------------------------------------------------
    @on(TabStrip.Changed, "#tab-strip")
    def tab_shown(self, event: TabStrip.Changed) -> None:
        self._show_tab(event.pane)

    def _show_tab(self, pane_id: str) -> None:
        """Shows a pane (made the first time), filled with the data read last."""
        panes = self.query_one("#panes")
        if pane_id not in self.shows:
            pane, self.shows[pane_id] = _pane(pane_id)
            panes.mount(pane)
        for pane in panes.children:
            pane.display = pane.id == pane_id
        if pane_id in self.filled or self.loaded is None:
            return
        self.filled.add(pane_id)
        name = pane_id.removeprefix("tab-")
        d, ideas, reports = self.loaded.detail, self.loaded.ideas, self.loaded.reports
        match name:
            case "activities":
                self._activities(d)
            case "tests":
                self._tests(d)
            case "lessons":
                self._lessons(d)
            case "ideas":
                self._ideas(ideas)
            case "followup":
                self._followup(reports)
            case "indicators":
                self._indicators(d)
            case "partners":
                self._partners(d)
            case "statements":
                self._statements(d)
            case "history":
                self.load_history()

    def _shown(self, pane_id: str, kind: type[W]) -> W:
        widget = self.shows[pane_id]
        assert isinstance(widget, kind)
        return widget

    def _activities(self, d: AreaDetail) -> None:
        activities = self._shown("tab-activities", DataTable)
        activities.clear()
        for a in d.activities:
            activities.add_row(
                a.key,
                a.date,
                Text(a.kind),
                str(a.residents),
                str(a.staff),
                str(a.managers),
                str(a.cycle),
                key=a.key,
            )

    def _tests(self, d: AreaDetail) -> None:
        tests = self._shown("tab-tests", DataTable)
        tests.clear()
        outcome = {"worked": t("tui.worked"), "did-not-work": t("tui.did_not_work")}
        for x in d.tests:
            tests.add_row(
                x.key,
                Text(x.hypothesis),
                outcome.get(x.outcome or "", "–"),
                Text(x.result or ""),
                str(x.cycle),
                key=x.key,
            )

    def _indicators(self, d: AreaDetail) -> None:
        indicators = self._shown("tab-indicators", DataTable)
        indicators.clear()
        for i in d.indicators:
            indicators.add_row(
                i.key,
                Text(clip(i.name, 28)),
                f"{i.baseline:g} {i.unit} ({i.baseline_year})",
                "" if i.national is None else f"{i.national:g} {i.unit}",
                Text(clip(i.target, 24)),
                _latest(i.latest, i.unit),
                _kolada_colour(i.latest),
                i.kolada or "",
                Text(i.latest.source if i.latest else "", style="dim"),
                key=i.key,
            )

    def _lessons(self, d: AreaDetail) -> None:
        lessons = Text()
        for lesson in d.lessons:
            lessons.append(f"{lesson.key} ", style="bold")
            lessons.append(f"({t('tui.cycle_col').lower()} {lesson.cycle})\n", style="dim")
            lessons.append(lesson.text + "\n\n")
        self._shown("tab-lessons", Static).update(
            lessons or Text(t("tui.empty_lessons"), style="dim")
        )

    def _statements(self, d: AreaDetail) -> None:
        statements = Text()
        for label, value in (
            (t("show.scope"), d.scope),
            (t("show.nylage"), d.nylage),
            (t("show.owner"), d.owner),
        ):
            statements.append(label + "\n", style="bold")
            if value:
                statements.append(value)
            else:
                statements.append(t("tui.not_set"), style="dim")
            statements.append("\n\n")
        self._shown("tab-statements", Static).update(statements)

    def _followup(self, reports: list[dict[str, Any]]) -> None:
        table = self._shown("tab-followup", DataTable)
        table.clear()
        for r in reports:
            color = Text("● ", style=COLOR_STYLE[r["color"]]) + Text(t("color." + r["color"]))
            if r["amended"]:
                color += Text(f" ({t('rep.amended')})", style="dim")
            table.add_row(
                r["period"],
                color,
                Text(r["cause"] or ""),
                Text(r["measures"] or ""),
                Text(self.iapp.name_of(r["reported_by"])),
            )

    def _partners(self, d: AreaDetail) -> None:
        partners = self._shown("tab-partners", DataTable)
        partners.clear()
        for c in d.collaborations:
            partners.add_row(
                c["key"],
                Text(c["name"]),
                t(f"partner.{c['kind']}"),
                t(f"form.{c['form']}"),
                c["since"],
                c["until"] or "–",
                key=c["key"],
            )

    def _ideas(self, ideas: list[IdeaView]) -> None:
        table = self._shown("tab-ideas", DataTable)
        table.clear()
        for i in ideas:
            status = t(f"idea.{i.status}") + (f" → {i.test}" if i.test else "")
            if i.area != self.key:
                status = t("out.moved_to", area=i.area)
            title = Text(f"{t('idea_kind.stop')}: ", style="bold") if i.kind == "stop" else Text()
            table.add_row(
                i.key,
                title + Text(i.title),
                t(f"source.{i.source}"),
                "–" if i.score is None else f"{i.score:.1f}",
                str(i.supporters),
                status,
                key=i.key,
            )

    # The history is the longest read of the screen; it is read when its tab is shown.
    @work(thread=True, exclusive=True, group="history")
    @unless_closed
    def load_history(self) -> None:
        key = self.key
        try:
            events = self.iapp.service().history(key)
        except InnovationError as exc:
            self.app.call_from_thread(self.iapp.error, exc)
            return
        self.app.call_from_thread(self._timeline, key, events)

    def _timeline(self, key: str, events: list[EventView]) -> None:
        if key != self.key:
            return  # read for the area this screen showed before
        # Appending in place: `+` copies the whole text each time, quadratic in a long history.
        text = Text()
        for e in reversed(events):
            text.append(event_when(e.on, e.at) + "  ", style="dim")
            text.append(self.iapp.name_of(e.actor))
            text.append(f" · {event_label(e.kind)}\n", style="cyan")
            summary = event_summary(e.kind, e.subject, e.before, e.after)
            if summary:
                text.append("   " + summary + "\n")
            if e.reason:
                text.append(f"   “{e.reason}”\n", style="italic")
        self._shown("tab-history", Static).update(text)

    # who may act ----------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Keys for recording work show only to the area's ledartröjor; the service decides.
        d = self.detail
        if action in LEAD_ACTIONS:
            return d is not None and self.iapp.actor in d.ledartrojor and not d.merged_into
        if action == "origin":
            return d is not None and bool(d.merged_into or d.merged_from)
        if action == "partner":
            person = self.iapp.person
            return (
                d is not None
                and not d.merged_into
                and (
                    self.iapp.actor in d.ledartrojor
                    or (person is not None and "facilitator" in person.roles)
                )
            )
        if action == "status":
            d = self.detail
            return d is not None and (
                self.iapp.actor in d.ledartrojor or self.iapp.actor == d.fadder
            )
        return True

    # actions --------------------------------------------------------------------------------
    def action_back(self) -> None:
        self.app.pop_screen()

    def action_origin(self) -> None:
        """Opens the area this one was merged into, or one it was made from."""
        d = self.detail
        if d is None:
            return
        if d.merged_into:
            open_area(self.iapp, d.merged_into)
            return

        def chosen(key: str | None) -> None:
            if key:
                open_area(self.iapp, key)

        if len(d.merged_from) == 1:
            chosen(d.merged_from[0])
        elif d.merged_from:
            options = [(k, Text(k, style="bold")) for k in d.merged_from]
            self.app.push_screen(PickScreen(t("merge.from", areas=""), options), chosen)

    def action_people(self) -> None:
        """A person page for the area's fadder or one of its ledartröjor."""
        d = self.detail
        if d is None:
            return
        options = [
            (u, Text(self.iapp.name_of(u)) + Text(f"  {t(f'role.{role}')}", style="dim"))
            for u, role in [(d.fadder, "fadder")] + [(u, "ledartroja") for u in d.ledartrojor]
        ]

        def chosen(username: str | None) -> None:
            if username:
                self.app.push_screen(PersonScreen(username))

        self.app.push_screen(PickScreen(t("tui.people_of_area"), options), chosen)

    def action_partner(self) -> None:
        partners = self.iapp.service().list_partners()
        fields = [
            FormField(
                "partner",
                t("tui.f_partner"),
                kind="choice",
                required=False,
                choices=[(p["key"], p["name"]) for p in partners],
            ),
            FormField("new", t("tui.f_new_partner"), required=False, limit=200),
            FormField(
                "kind",
                t("tui.f_partner_kind"),
                kind="choice",
                default="civil",
                choices=[(k, t(f"partner.{k}")) for k in KINDS],
            ),
            FormField(
                "form",
                t("col.form"),
                kind="choice",
                default="iop",
                choices=[(f, t(f"form.{f}")) for f in FORMS],
            ),
            FormField("since", t("col.since"), kind="date", limit=10),
            FormField("until", t("col.until"), kind="date", required=False, limit=10),
            FormField("note", t("tui.f_note"), kind="multiline", required=False, limit=4000),
        ]

        def submit(svc: Service, v: dict[str, Any]) -> str:
            partner = v["partner"]
            if not partner:
                partner = svc.add_partner(v["new"], kind=v["kind"] or "other")
            return svc.link_partner(
                self.key,
                partner,
                form=v["form"],
                since=v["since"],
                until=v["until"] or None,
                note=v["note"] or None,
            )

        self._form(t("tui.partner_title"), fields, submit)

    def _form(
        self,
        title: str,
        fields: list[FormField],
        call: Callable[[Service, dict[str, Any]], str],
        *,
        recorded: bool = True,
    ) -> None:
        """A form whose values `call` records; what it records happened on the day its last
        fields say (today unless changed)."""
        if recorded:
            fields = [*fields, *when_fields(local_date(self.iapp.clock()))]

        def submit(values: dict[str, Any]) -> str:
            svc = self.iapp.service()
            return call(dated(svc, values) if recorded else svc, values)

        def done(message: str | None) -> None:
            if message:
                self.app.notify(message, markup=False)
                self.reload()

        self.app.push_screen(FormScreen(title, fields, submit), done)

    def action_activity(self) -> None:
        fields = [
            FormField("kind", t("tui.f_kind")),
            FormField("residents", t("tui.f_residents"), "int", required=False, default="0"),
            FormField("staff", t("tui.f_staff"), "int", required=False, default="0"),
            FormField("managers", t("tui.f_managers"), "int", required=False, default="0"),
            FormField("note", t("tui.f_note"), "multiline", required=False, limit=4000),
        ]

        def call(svc: Service, v: dict[str, Any]) -> str:
            key = svc.add_activity(
                self.key,
                kind=v["kind"],
                residents=_int(v["residents"]),
                staff=_int(v["staff"]),
                managers=_int(v["managers"]),
                note=v["note"] or None,
            )
            return t("tui.saved", key=key)

        self._form(t("tui.form_activity"), fields, call)

    def action_test(self) -> None:
        fields = [
            FormField("hypothesis", t("tui.f_hypothesis"), "multiline", limit=4000),
            FormField("measure", t("tui.f_measure"), "multiline", required=False, limit=4000),
        ]

        def call(svc: Service, v: dict[str, Any]) -> str:
            key = svc.add_test(self.key, hypothesis=v["hypothesis"], measure=v["measure"] or None)
            return t("tui.saved", key=key)

        self._form(t("tui.form_test"), fields, call)

    def action_result(self) -> None:
        d = self.detail
        open_tests = [x for x in d.tests if x.result is None] if d else []
        fields = [
            FormField(
                "test",
                t("tui.f_test"),
                "choice",
                choices=[(x.key, f"{x.key} {x.hypothesis[:50]}") for x in open_tests],
                default=open_tests[-1].key if open_tests else "",
            ),
            FormField("result", t("tui.f_result"), "multiline", limit=4000),
            FormField(
                "outcome",
                t("tui.f_outcome"),
                "choice",
                choices=[("worked", t("tui.worked")), ("did-not-work", t("tui.did_not_work"))],
            ),
        ]

        def call(svc: Service, v: dict[str, Any]) -> str:
            key = svc.record_result(v["test"] or "", result=v["result"], outcome=v["outcome"] or "")
            return t("tui.saved", key=key)

        self._form(t("tui.form_result", test=""), fields, call)

    def action_lesson(self) -> None:
        fields = [FormField("text", t("tui.f_text"), "multiline", limit=4000)]
        self._form(
            t("tui.form_lesson"),
            fields,
            lambda svc, v: t("tui.saved", key=svc.add_lesson(self.key, v["text"])),
        )

    def _statement(self, what: str, title: str, multiline: bool) -> None:
        d = self.detail
        current = getattr(d, what) if d else None
        fields = [
            FormField(
                "text",
                t("tui.f_text"),
                "multiline" if multiline else "text",
                limit=4000 if multiline else 200,
                default=current or "",
            )
        ]
        self._form(
            title,
            fields,
            lambda svc, v: t("tui.saved", key=getattr(svc, f"set_{what}")(self.key, v["text"])),
        )

    def action_scope(self) -> None:
        self._statement("scope", t("tui.form_scope"), True)

    def action_nylage(self) -> None:
        self._statement("nylage", t("tui.form_nylage"), True)

    def action_owner(self) -> None:
        self._statement("owner", t("tui.form_owner"), False)

    def action_indicator(self) -> None:
        fields = [
            FormField("name", t("tui.f_name")),
            FormField("unit", t("tui.f_unit"), limit=40, default="%"),
            FormField("baseline_year", t("tui.f_baseline_year"), "int", limit=4),
            FormField("baseline", t("tui.f_baseline"), "float", limit=20),
            FormField("national", t("tui.f_national"), "float", required=False, limit=20),
            FormField("target", t("tui.f_target")),
            FormField("kolada", t("tui.f_kolada"), required=False, limit=40),
        ]

        def call(svc: Service, v: dict[str, Any]) -> str:
            key = svc.add_indicator(
                self.key,
                name=v["name"],
                unit=v["unit"],
                baseline_year=_int(v["baseline_year"]),
                baseline=_float(v["baseline"]),
                target=v["target"],
                national=_float(v["national"]) if v["national"].strip() else None,
                kolada=v["kolada"] or None,
            )
            return t("tui.saved", key=key)

        self._form(t("tui.form_indicator"), fields, call)

    def action_move(self) -> None:
        d = self.detail
        if d is None:
            return
        choices = [
            (m.to, m.label + (f" ({t('tui.fadder_decides')})" if m.approval else ""))
            for m in d.moves
        ]
        ready = [m.to for m in d.moves if not m.missing]
        fields = [
            FormField(
                "to", t("tui.f_phase"), "choice", choices=choices, default=ready[0] if ready else ""
            ),
            FormField("reason", t("tui.f_reason"), "multiline", limit=4000),
        ]

        def call(svc: Service, v: dict[str, Any]) -> str:
            result = svc.move(self.key, v["to"] or "", reason=v["reason"])
            if result.request:
                return t("tui.requested", request=result.request)
            return t("tui.moved", area=result.area, phase=result.phase)

        self._form(t("tui.form_move", area=self.key), fields, call)

    def action_status(self) -> None:
        periods = self.loaded.open_periods if self.loaded else []
        fields = [
            FormField(
                "period",
                t("col.period"),
                "choice",
                choices=[(p, p) for p in periods],
                default=periods[-1] if periods else "",
            ),
            FormField(
                "color",
                t("col.status"),
                "choice",
                default="gron",
                choices=[(c, t("color." + c)) for c in ("gron", "gul", "rod")],
            ),
            FormField("cause", t("rep.cause"), "multiline", required=False, limit=4000),
            FormField("measures", t("rep.measures"), "multiline", required=False, limit=4000),
            FormField("comment", t("rep.comment"), "multiline", required=False, limit=4000),
        ]

        def call(svc: Service, v: dict[str, Any]) -> str:
            svc.set_status(
                self.key,
                period=v["period"] or "",
                color=v["color"] or "",
                cause=v["cause"] or None,
                measures=v["measures"] or None,
                comment=v["comment"] or None,
            )
            return t("tui.saved", key=self.key)

        self._form(t("tui.form_status", area=self.key), fields, call)

    def action_idea(self) -> None:
        title, fields, call = idea_form(self.key)
        self._form(title, fields, call)

    @on(DataTable.RowSelected, "#ideas")
    def idea_selected(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value:

            def back(_: None) -> None:
                self.reload()

            self.app.push_screen(IdeaScreen(event.row_key.value), back)

    @on(DataTable.RowSelected, "#tests")
    def test_selected(self) -> None:
        if self.check_action("result", ()):
            self.action_result()


def _pane(pane_id: str) -> tuple[Widget, Widget]:
    """A tab's pane and what it shows: a table with its columns, or text that scrolls."""
    name = pane_id.removeprefix("tab-")
    if name in COLUMNS:
        table: DataTable[Any] = Table(id=name, cursor_type="row", zebra_stripes=True)
        table.add_columns(*(t(c) for c in COLUMNS[name]))
        return Vertical(table, id=pane_id, classes="pane"), table
    text = Static(id="timeline" if name == "history" else name)
    return VerticalScroll(text, id=pane_id, classes="pane"), text


def _latest(latest: LatestValue | None, unit: str) -> Text:
    """The newest measured value (total) and its year."""
    if latest is None:
        return Text("–", style="dim")
    return Text(f"{latest.value:g} {unit} ({latest.year})")


def _kolada_colour(latest: LatestValue | None) -> Text:
    """Kolada's rank colour among municipalities, apart from the tertial colour."""
    if latest is None or latest.kolada_colour is None:
        return Text("–", style="dim")
    return Text("◆ ", style=COLOR_STYLE[latest.kolada_colour]) + Text(
        f"{latest.rank}/{latest.ranked}"
    )


def _int(value: str) -> int:
    text = (value or "0").strip() or "0"
    return int(text) if text.isdigit() else -1


def _float(value: str) -> float:
    try:
        return float((value or "").strip().replace(",", "."))
    except ValueError:
        return float("nan")
