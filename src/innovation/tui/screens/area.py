"""Området: one area, its flow, what its next step needs, and everything recorded on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import DataTable, Static

from innovation.domain import InnovationError, Refused
from innovation.engine import default_flows
from innovation.engine.requirements import hint as requirement_hint
from innovation.i18n import t
from innovation.service import Service
from innovation.service.partners import FORMS, KINDS
from innovation.service.records import unread_for
from innovation.service.views import AreaDetail, HandoverView
from innovation.timeutil import local_date
from innovation.tui.background import unless_closed
from innovation.tui.navigation import OpenArea, OpenIdea, OpenPerson
from innovation.tui.screens.area_tabs import TABS, AreaData, AreaTab, read_area
from innovation.tui.screens.base import AppScreen
from innovation.tui.screens.dialogs import HandoverNoteScreen, PickScreen, idea_form
from innovation.tui.screens.forms import FormField, FormScreen, dated, when_fields
from innovation.tui.widgets.flowstrip import strip
from innovation.tui.widgets.keybar import KeyBar
from innovation.tui.widgets.tabs import TabStrip
from innovation.tui.widgets.topbar import TopBar
from innovation.words import phase_label, track_label

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


def missing_piece(name: str, hint: str) -> tuple[str, str, str]:
    """What a missing requirement asks for, without the command line after its colon, and
    the key (with its label's message) that records it here ("" where no key does)."""
    key, label = HINT_KEYS.get(name, ("", ""))
    return hint.split(":")[0], key, label


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
        self.notes_waiting: list[HandoverView] = []
        self.loaded: AreaData | None = None
        self.filled: set[str] = set()
        # The tabs made so far, by name (a tab is in the DOM only once mounted).
        self.tabs: dict[str, AreaTab] = {}
        self.visited = False
        self.pending = data
        # The terminal's size and Textual's count of style changes when last styled in full.
        self.styled_for: tuple[object, ...] | None = None

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
                yield TabStrip([(f"tab-{tab.name}", t(tab.title)) for tab in TABS], id="tab-strip")
                # Tabs are made when first shown: most visits look at one or two of them.
                # The first shows at once: its content comes with the screen.
                with Vertical(id="panes"):
                    first = self.tabs[TABS[0].name] = TABS[0]()
                    yield first
        yield KeyBar()

    def on_mount(self) -> None:
        if self.pending is not None:
            self._loaded(self.pending)
            self.pending = None
        elif self.key:  # made ahead with no area yet (InnovationApp.make_area_screen_in_a_pause)
            self.load()

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        # Textual restyles every widget of a screen each time the screen is shown, then calls
        # Screen's own handler (after this one: handlers run from the subclass up). The kept
        # area screen (open_area) is shown for every area opened, with the same widgets,
        # classes and size, and restyling them anew was a third of an opening (median 52 → 34
        # ms, 60 openings of the national workspace, alternating). A change of classes or
        # focus restyles what it touches by itself; only a terminal resized, or the styles
        # changed (a theme chosen) while the screen was away, needs all of it again. Textual
        # counts its style changes (`_css_update_count`) and checks the count itself when it
        # shows another mode's screen; a kept screen outside the stack misses its pass.
        shown_with = (self.app.size, self.app._css_update_count)
        if shown_with == self.styled_for:
            event.refresh_styles = False
        self.styled_for = shown_with

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

    def _show_notes(self, notes: list[HandoverView]) -> None:
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
                    source=phase_label(r.source, d.track),
                    dest=phase_label(r.dest, d.track),
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
                hint_text, key, label = missing_piece(name, hint)
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
        """Shows a tab (made the first time), painted with the data read last."""
        name = pane_id.removeprefix("tab-")
        panes = self.query_one("#panes")
        if name not in self.tabs:
            kind = next(tab for tab in TABS if tab.name == name)
            made = self.tabs[name] = kind()
            panes.mount(made)
        for pane in panes.children:
            pane.display = pane.id == pane_id
        if name in self.filled or self.loaded is None:
            return
        self.filled.add(name)
        shown = self.tabs[name]
        shown.paint(self.loaded)
        shown.painted()

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
            self.iapp.go(OpenArea(d.merged_into))
            return

        def chosen(key: str | None) -> None:
            if key:
                self.iapp.go(OpenArea(key))

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
                self.iapp.go(OpenPerson(username))

        self.app.push_screen(PickScreen(t("tui.people_of_area"), options), chosen)

    def action_partner(self) -> None:
        partners = self.iapp.service().list_partners()
        fields = [
            FormField(
                "partner",
                t("tui.f_partner"),
                kind="choice",
                required=False,
                choices=[(p.key, p.name) for p in partners],
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
            try:
                result = svc.move(self.key, v["to"] or "", reason=v["reason"])
            except Refused as exc:
                if exc.key != "error.move_missing":
                    raise
                # Here each missing piece is a key away, not a command line.
                missing = "; ".join(self._press_for(name) for name in exc.params["names"])
                raise Refused(exc.key, **{**exc.params, "missing": missing}) from exc
            if result.request:
                return t("tui.requested", request=result.request)
            return t("tui.moved", area=result.area, phase=result.phase)

        self._form(t("tui.form_move", area=self.key), fields, call)

    def _press_for(self, name: str) -> str:
        """A missing requirement as the Next panel says it, with the key that records it."""
        hint, key, label = missing_piece(name, requirement_hint(name, self.key))
        return t("tui.missing_press", hint=hint, key=key, label=t(label)) if key else hint

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
            self.iapp.go(OpenIdea(event.row_key.value))

    @on(DataTable.RowSelected, "#tests")
    def test_selected(self) -> None:
        if self.check_action("result", ()):
            self.action_result()


def _int(value: str) -> int:
    text = (value or "0").strip() or "0"
    return int(text) if text.isdigit() else -1


def _float(value: str) -> float:
    try:
        return float((value or "").strip().replace(",", "."))
    except ValueError:
        return float("nan")
