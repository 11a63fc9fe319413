"""The area screen's tabs, one widget each: what it shows and how it paints the area read last.

A tab is made the first time it is shown (most visits look at one or two) and painted again
whenever the area is read; the history tab reads its own data, the longest read of the screen.
"""

from __future__ import annotations

from abc import abstractmethod
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple, cast

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from innovation.domain import InnovationError
from innovation.i18n import t
from innovation.present import clip, event_label, event_summary, event_when
from innovation.service import Service
from innovation.service.views import AreaDetail, AreaStatusView, EventView, IdeaView, LatestValue
from innovation.tui.background import unless_closed
from innovation.tui.widgets.card import COLOR_STYLE
from innovation.tui.widgets.table import Table

if TYPE_CHECKING:
    from innovation.tui.app import InnovationApp


class AreaData(NamedTuple):
    """What the area screen shows, read in one go."""

    detail: AreaDetail
    ideas: list[IdeaView]
    reports: list[AreaStatusView]
    open_periods: list[str]


def read_area(svc: Service, key: str) -> AreaData:
    return AreaData(
        svc.show_area(key),
        svc.list_ideas(key),
        svc.area_statuses(key),
        [p.key for p in svc.list_periods() if p.status == "open"],
    )


class AreaTab:
    """What every tab has: its name (the pane's id is tab-<name>), its title, and paint."""

    name: ClassVar[str]
    title: ClassVar[str]

    @property
    def iapp(self) -> InnovationApp:
        return cast("InnovationApp", cast(Any, self).app)

    @abstractmethod
    def paint(self, data: AreaData) -> None:
        """Shows the area as read last, each tab its own part of it."""

    def painted(self) -> None:
        """After a paint: what the tab says when it holds nothing."""


class TableTab(AreaTab, Vertical):
    """A tab that is a table, one row per thing recorded; empty, it says how to add one."""

    columns: ClassVar[tuple[str, ...]]
    empty: ClassVar[str | None] = None

    def __init__(self) -> None:
        super().__init__(id=f"tab-{self.name}", classes="pane")
        self.table = Table(id=self.name, cursor_type="row", zebra_stripes=True)
        self.table.add_columns(*(t(c) for c in self.columns))
        self.hint = Static(Text(t(self.empty), style="dim") if self.empty else "")
        self.hint.display = False

    def compose(self) -> ComposeResult:
        yield self.table
        yield self.hint

    def painted(self) -> None:
        self.hint.display = self.empty is not None and self.table.row_count == 0


class TextTab(AreaTab, VerticalScroll):
    """A tab that is text to read, scrolled."""

    text_id: ClassVar[str | None] = None

    def __init__(self) -> None:
        super().__init__(id=f"tab-{self.name}", classes="pane")
        self.text = Static(id=self.text_id or self.name)

    def compose(self) -> ComposeResult:
        yield self.text


class ActivitiesTab(TableTab):
    empty = "tui.empty_activities"
    name, title = "activities", "tui.tab_activities"
    columns = ("col.key", "col.when", "tui.f_kind", "tui.f_residents", "tui.f_staff",
               "tui.f_managers", "tui.cycle_col")  # fmt: skip

    def paint(self, data: AreaData) -> None:
        self.table.clear()
        for a in data.detail.activities:
            self.table.add_row(
                a.key, a.date, Text(a.kind), str(a.residents), str(a.staff), str(a.managers),
                str(a.cycle), key=a.key,
            )  # fmt: skip


class TestsTab(TableTab):
    empty = "tui.empty_tests"
    name, title = "tests", "tui.tab_tests"
    columns = ("col.key", "tui.f_hypothesis", "tui.f_outcome", "tui.f_result", "tui.cycle_col")

    def paint(self, data: AreaData) -> None:
        self.table.clear()
        outcome = {"worked": t("tui.worked"), "did-not-work": t("tui.did_not_work")}
        for x in data.detail.tests:
            self.table.add_row(
                x.key, Text(x.hypothesis), outcome.get(x.outcome or "", "–"),
                Text(x.result or ""), str(x.cycle), key=x.key,
            )  # fmt: skip


class LessonsTab(TextTab):
    name, title = "lessons", "tui.tab_lessons"

    def paint(self, data: AreaData) -> None:
        lessons = Text()
        for lesson in data.detail.lessons:
            lessons.append(f"{lesson.key} ", style="bold")
            lessons.append(f"({t('tui.cycle_col').lower()} {lesson.cycle})\n", style="dim")
            lessons.append(lesson.text + "\n\n")
        self.text.update(lessons or Text(t("tui.empty_lessons"), style="dim"))


class IdeasTab(TableTab):
    empty = "tui.empty_ideas"
    name, title = "ideas", "tui.tab_ideas"
    columns = ("col.key", "col.title", "col.source", "col.score", "col.support", "col.status")

    def paint(self, data: AreaData) -> None:
        self.table.clear()
        for i in data.ideas:
            status = t(f"idea.{i.status}") + (f" → {i.test}" if i.test else "")
            if i.area != data.detail.key:
                status = t("out.moved_to", area=i.area)
            title = Text(f"{t('idea_kind.stop')}: ", style="bold") if i.kind == "stop" else Text()
            self.table.add_row(
                i.key, title + Text(i.title), t(f"source.{i.source}"),
                "–" if i.score is None else f"{i.score:.1f}", str(i.supporters), status,
                key=i.key,
            )  # fmt: skip


class FollowupTab(TableTab):
    name, title = "followup", "tui.tab_followup"
    columns = ("col.period", "col.status", "rep.cause", "rep.measures", "col.by")

    def paint(self, data: AreaData) -> None:
        self.table.clear()
        for r in data.reports:
            color = Text("● ", style=COLOR_STYLE[r.color]) + Text(t("color." + r.color))
            if r.amended:
                color += Text(f" ({t('rep.amended')})", style="dim")
            self.table.add_row(
                r.period, color, Text(r.cause or ""), Text(r.measures or ""),
                Text(self.iapp.name_of(r.reported_by)),
            )  # fmt: skip


class IndicatorsTab(TableTab):
    empty = "tui.empty_indicators"
    name, title = "indicators", "tui.tab_indicators"
    columns = ("col.key", "tui.f_name", "tui.f_baseline", "col.national", "tui.f_target",
               "tui.latest_value", "col.kolada_colour", "col.kolada", "col.source")  # fmt: skip

    def paint(self, data: AreaData) -> None:
        self.table.clear()
        for i in data.detail.indicators:
            self.table.add_row(
                i.key, Text(clip(i.name, 28)), f"{i.baseline:g} {i.unit} ({i.baseline_year})",
                "" if i.national is None else f"{i.national:g} {i.unit}",
                Text(clip(i.target, 24)), _latest(i.latest, i.unit), _kolada_colour(i.latest),
                i.kolada or "", Text(i.latest.source if i.latest else "", style="dim"),
                key=i.key,
            )  # fmt: skip


class PartnersTab(TableTab):
    name, title = "partners", "tui.tab_partners"
    columns = ("col.key", "col.name", "col.kind", "col.form", "col.since", "col.until")

    def paint(self, data: AreaData) -> None:
        self.table.clear()
        for c in data.detail.collaborations:
            self.table.add_row(
                c.key, Text(c.name), t(f"partner.{c.kind}"), t(f"form.{c.form}"),
                c.since, c.until or "–", key=c.key,
            )  # fmt: skip


class StatementsTab(TextTab):
    name, title = "statements", "tui.tab_statements"

    def paint(self, data: AreaData) -> None:
        d = data.detail
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
        self.text.update(statements)


class HistoryTab(TextTab):
    name, title, text_id = "history", "tui.tab_history", "timeline"

    def paint(self, data: AreaData) -> None:
        self.key = data.detail.key
        self.load(self.key)

    @work(thread=True, exclusive=True, group="history")
    @unless_closed
    def load(self, key: str) -> None:
        try:
            events = self.iapp.service().history(key)
        except InnovationError as exc:
            self.app.call_from_thread(self.iapp.error, exc)
            return
        self.app.call_from_thread(self._timeline, key, events)

    def _timeline(self, key: str, events: list[EventView]) -> None:
        if key != self.key:
            return  # read for the area the screen showed before
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
        self.text.update(text)


# In the order the tab strip shows them.
TABS: tuple[type[TableTab] | type[TextTab], ...] = (
    ActivitiesTab, TestsTab, LessonsTab, IdeasTab, FollowupTab, IndicatorsTab, PartnersTab,
    StatementsTab, HistoryTab,
)  # fmt: skip


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
