"""Rapport: the tertial report for a chosen period, with its charts drawn in the terminal."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content, Span
from textual.message import Message
from textual.style import Style
from textual.widgets import Select, Static

from innovation.domain import InnovationError
from innovation.i18n import t
from innovation.reports.tertial import activity_line, current_period
from innovation.reports.tertial import build as build_report
from innovation.text import has_unsafe
from innovation.tui.background import unless_closed
from innovation.tui.screens.base import AppScreen
from innovation.tui.widgets.card import COLOR_STYLE
from innovation.tui.widgets.keybar import KeyBar
from innovation.tui.widgets.lines import Lines
from innovation.tui.widgets.topbar import TopBar
from innovation.words import all_phases, phase_label

if TYPE_CHECKING:
    from innovation.service import Service

BAR = 30
# Keys named in one of the summary's lists; every area is listed in full below it.
SHOWN_KEYS = 20


def key_list(keys: list[str]) -> str:
    """The first keys of a list, and how many more: a national workspace misses thousands."""
    shown = ", ".join(keys[:SHOWN_KEYS])
    rest = len(keys) - SHOWN_KEYS
    return f"{shown} {t('rep.and_more', n=rest)}" if rest > 0 else shown


def bars(title: str, items: list[tuple[str, float, str]], unit: str = "") -> Table:
    """A bar chart in block characters; every value is also written out."""
    top = max((v for _, v, _ in items), default=0) or 1
    table = Table.grid(padding=(0, 1))
    table.add_column(no_wrap=True)
    table.add_column(no_wrap=True)
    table.add_column(no_wrap=True)
    table.title = title
    table.title_justify = "left"
    for label, value, style in items:
        table.add_row(
            Text(label),
            Text("█" * max(0, round(BAR * value / top)), style=style),
            f"{value:g}{unit}",
        )
    return table


def _begun(periods: list[str], current: str) -> list[str]:
    """The periods there is something to report of: a period opened ahead is not offered."""
    return [p for p in periods if p <= current]


def _opening(periods: list[str], current: str) -> str:
    """The period the screen opens on: the latest that has begun, or the one running now."""
    return max(_begun(periods, current), default=current)


class ReportScreen(AppScreen):
    BINDINGS = [
        Binding("escape", "back", t("key.back")),
        Binding("w", "write", t("key.write_report")),
    ]
    report: dict[str, Any] | None = None
    visited = False

    class PeriodsRead(Message):
        def __init__(self, periods: list[str]) -> None:
            super().__init__()
            self.periods = periods

    class ReportBuilt(Message):
        def __init__(self, report: dict[str, Any]) -> None:
            super().__init__()
            self.report = report

    def compose(self) -> ComposeResult:
        yield TopBar(t("key.report").capitalize())
        yield Select([], prompt=t("col.period"), id="period")
        with VerticalScroll(id="report-body"):
            yield Static(id="charts")
            yield Lines(id="report-areas")
        yield KeyBar()

    def on_mount(self) -> None:
        # Read from the moment the screen exists: the periods' and the report's SQL runs while
        # Textual mounts, styles and first paints the screen (some 70 ms it waited for).
        self.load_periods()

    def resumed(self) -> None:
        if self.visited:
            super().resumed()
        else:  # read on mount; only the top bar's count is not
            for bar in self.query(TopBar):
                bar.reload()
        self.visited = True

    def reload(self) -> None:
        self.load_periods()

    @work(thread=True, exclusive=True, group="periods")
    @unless_closed
    def load_periods(self) -> None:
        """The periods to choose from; on the first visit also the report of the one the
        screen opens on, in this thread: waiting for the choice to be shown and a second
        thread to start cost the first report a tenth of a second. Both reach the screen as
        messages, in the order they were sent: the thread waits for neither."""
        svc = self.iapp.service()
        periods = [p.key for p in svc.list_periods()]
        first = self.report is None
        self.post_message(self.PeriodsRead(periods))
        if first:
            self._build(svc, _opening(periods, current_period(self.iapp.clock())))

    def on_report_screen_periods_read(self, message: PeriodsRead) -> None:
        self._periods(message.periods)

    def on_report_screen_report_built(self, message: ReportBuilt) -> None:
        self._show(message.report)

    def _periods(self, periods: list[str]) -> None:
        select = self.query_one("#period", Select)
        current = current_period(self.iapp.clock())
        choices = sorted(set(_begun(periods, current)) | {current}, reverse=True)
        with select.prevent(Select.Changed):  # its report is being built (load_periods)
            select.set_options([(p, p) for p in choices])
            if select.value is Select.NULL:
                select.value = _opening(periods, current)

    @on(Select.Changed, "#period")
    def chosen(self, event: Select.Changed) -> None:
        if event.value is not Select.NULL:
            self.build(str(event.value))

    @work(thread=True, exclusive=True, group="report")
    @unless_closed
    def build(self, period: str) -> None:
        self._build(self.iapp.service(), period)

    def _build(self, svc: Service, period: str) -> None:
        try:
            report = build_report(svc, period)
        except InnovationError as exc:
            self.app.call_from_thread(self.iapp.error, exc)
            return
        self.post_message(self.ReportBuilt(report))

    def _show(self, report: dict[str, Any]) -> None:
        if report["period"] != self.query_one("#period", Select).value:
            return  # another period was chosen meanwhile; its report is on its way
        self.report = report
        s = report["summary"]
        asks_areas = report.get("colour_by", "both") in ("area", "both")
        colors = Text()
        if asks_areas:
            for c in ("gron", "gul", "rod", "missing"):
                colors += Text("● ", style=COLOR_STYLE.get(c, "dim")) + Text(
                    f"{t('color.' + c)} {s['colors'][c]}   "
                )
        for a in report["assignments"]:
            st = a["status"]
            colour = st["color"] if st else "missing"
            colors += Text("● ", style=COLOR_STYLE.get(colour, "dim"))
            colors += Text(f"{a['title']}: {t('color.' + colour)}   ")
        grid = Table.grid(padding=(1, 4))
        grid.add_column()
        grid.add_column()
        grid.add_row(
            bars(
                t("rep.chart_funnel"),
                [(phase_label(p), s["phases"].get(p, 0), "blue") for p in all_phases()],
            ),
            bars(
                t("rep.chart_days"),
                [
                    (phase_label(p), report["days_per_phase"][p], "magenta")
                    for p in all_phases()
                    if p in report["days_per_phase"]
                ],
                " d",
            ),
        )
        over = Table.grid(padding=(0, 1))
        over.title = t("rep.chart_colors")
        over.title_justify = "left"
        top = max((sum(v.values()) for v in report["colors_over_periods"].values()), default=0) or 1
        for period, counts in report["colors_over_periods"].items():
            line = Text()
            for c in ("gron", "gul", "rod"):
                line += Text("█" * round(BAR * counts[c] / top), style=COLOR_STYLE[c])
            over.add_row(
                Text(period), line, " / ".join(str(counts[c]) for c in ("gron", "gul", "rod"))
            )
        summary = Text(t("rep.title", period=report["period"]), style="bold") + Text("\n")
        summary += colors + Text("\n")
        summary += Text(activity_line(s) + "\n")
        if s["missing"]:
            summary += Text(f"{t('rep.missing')}: {key_list(s['missing'])}\n", style="yellow")
        if s["over_time"]:
            summary += Text(f"{t('rep.over_time')}: {key_list(s['over_time'])}\n", style="yellow")
        summary += Text(t("tui.anchor", anchor=report["audit_anchor"]), style="dim")
        body = Table.grid(padding=(1, 0))
        body.add_row(summary)
        body.add_row(grid)
        body.add_row(over)
        self.query_one("#charts", Static).update(body)
        self.query_one("#report-areas", Lines).show(self._areas(report, asks_areas))

    def _areas(self, report: dict[str, Any], asks_areas: bool) -> list[Content]:
        """Every area on a line of its own (its cause and measures below), each line made as
        Textual content directly: a national workspace has 3,200 areas, and one text of them
        all, split into lines for the list, cost the interpreter a tenth of a second more than
        the lines made one by one. Each style is converted once; what is shown is what a Rich
        text of the same pieces showed, character for character."""
        styles: dict[str, Style] = {}

        def style(name: str) -> Style:
            found = styles.get(name)
            if found is None:
                rich = self.app.console.get_style(name)
                found = styles[name] = Style.from_rich_style(rich, self.app.ansi_theme)
            return found

        def line(*pieces: tuple[str, str]) -> Content:
            spans: list[Span] = []
            at = 0
            for text, name in pieces:
                end = at + len(text)
                if name:
                    spans.append(Span(at, end, style(name)))
                at = end
            text = "".join(text for text, _ in pieces)
            # Textual strips a few control codes from every text it is given, a third of the
            # time a line costs; the report's text reached the UI inert (text.py), so a quick
            # look decides whether there is anything to strip.
            return Content(text, spans, strip_control_codes=has_unsafe(text))

        # A handful of colours and phases among thousands of areas: each named once.
        colours = {c: t("color." + c) for c in ("gron", "gul", "rod", "missing")}
        phases: dict[tuple[str, str], str] = {}
        lines: list[Content] = []
        for a in report["areas"]:
            st = a["status"]
            color = st["color"] if st else "missing"
            said = colours.get(color) or t("color." + color)
            where = (a["phase"], a["track"])
            phase = phases.get(where) or phases.setdefault(where, phase_label(*where))
            if st or asks_areas:
                lines.append(
                    line(
                        ("● ", COLOR_STYLE.get(color, "dim")),
                        (f"{a['key']} ", "bold"),
                        (f"{said} · {phase} · {a['question']}", ""),
                    )
                )
            else:
                lines.append(line((f"{a['key']} ", "bold"), (f"{phase} · {a['question']}", "")))
            if st and st["cause"]:
                lines.append(line((f"   {t('rep.cause')}: {st['cause']}", "dim")))
            if st and st["measures"]:
                lines.append(line((f"   {t('rep.measures')}: {st['measures']}", "dim")))
        if lines:
            lines.append(Content(""))  # room below the last area, as the screen always had
        return lines

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_write(self) -> None:
        """Writes the report shown, in a format chosen (Word, PDF, HTML, Markdown, JSON), to
        a file chosen (the documents folder by default)."""
        from pathlib import Path

        from platformdirs import user_documents_dir

        from innovation.reports.render import FORMATS, SUFFIX, render
        from innovation.tui.screens.forms import FormField, FormScreen

        report = self.report
        if report is None:
            self.app.notify(t("tui.report_not_ready"), markup=False)
            return
        name = t("tui.report_file", period=report["period"])
        folder = Path(user_documents_dir())
        choices = [(f, t(f"format.{f}")) for f in ("docx", "pdf", "html", "md", "json")]
        fields = [
            FormField("fmt", t("tui.f_format"), "choice", default="docx", choices=choices),
            FormField("path", t("tui.f_report_path"), limit=1000, default=str(folder / name)),
        ]

        def submit(values: dict[str, Any]) -> str:
            fmt = str(values["fmt"])
            assert fmt in FORMATS
            path = Path(values["path"].strip()).expanduser()
            if path.is_dir():
                path = path / name
            path = path.with_suffix(SUFFIX[fmt])
            content = render(report, fmt)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                part = path.with_name(path.name + ".part")
                part.write_bytes(content)
                part.replace(path)
            except OSError as exc:
                from innovation.domain import Invalid

                why = exc.strerror or ""
                raise Invalid("error.export_write", path=str(path), detail=why) from None
            return t("out.report_written", path=str(path))

        def done(message: str | None) -> None:
            if message:
                self.app.notify(message, markup=False, timeout=10)

        self.app.push_screen(FormScreen(t("tui.write_report_title"), fields, submit), done)
