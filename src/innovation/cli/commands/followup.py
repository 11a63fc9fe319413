"""The follow-up per tertial: periods, the traffic lights, the political assignments, and the
report itself."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from innovation.cli.commands.common import saved
from innovation.cli.context import Ctx
from innovation.cli.output import err_line, line, print_json, table
from innovation.cli.spec import command, opt, pos, switch
from innovation.domain import Invalid
from innovation.i18n import t

if TYPE_CHECKING:
    from innovation.service.views import ReportRevisionView


@command("period open", pos("period", "cli.arg.period"))
def period_open(ctx: Ctx, period: str) -> None:
    saved(ctx, ctx.service().open_period(period))


@command("period close", pos("period", "cli.arg.period"))
def period_close(ctx: Ctx, period: str) -> None:
    saved(ctx, ctx.service().close_period(period))


@command("period list")
def period_list(ctx: Ctx) -> None:
    periods = ctx.service().list_periods()
    if ctx.json:
        print_json(periods)
        return
    if not periods:
        line(t("out.no_periods"))
        return
    rows = [(p.key, t(f"period.{p.status}")) for p in periods]
    table([t("col.key"), t("col.status")], rows)


@command(
    "status set",
    pos("area", "cli.arg.area"),
    opt("--period", "cli.arg.period_open", required=True),
    opt("--color", "cli.arg.color", required=True),
    opt("--cause", "cli.arg.cause"),
    opt("--measures", "cli.arg.measures"),
    opt("--comment", "cli.arg.comment"),
    dated=True,
)
def status_set(
    ctx: Ctx,
    area: str,
    period: str,
    color: str,
    cause: str | None,
    measures: str | None,
    comment: str | None,
) -> None:
    key = ctx.service().set_status(
        area, period=period, color=color, cause=cause, measures=measures, comment=comment
    )
    saved(ctx, key)


@command(
    "status amend",
    pos("area", "cli.arg.area"),
    opt("--period", "cli.arg.period_closed", required=True),
    opt("--color", "cli.arg.color", required=True),
    opt("--reason", "cli.arg.reason_correct", required=True),
    opt("--cause", "cli.arg.cause"),
    opt("--measures", "cli.arg.measures"),
    dated=True,
)
def status_amend(
    ctx: Ctx,
    area: str,
    period: str,
    color: str,
    reason: str,
    cause: str | None,
    measures: str | None,
) -> None:
    key = ctx.service().amend_status(
        area, period=period, color=color, reason=reason, cause=cause, measures=measures
    )
    saved(ctx, key)


@command(
    "assignment add",
    pos("title", "cli.arg.assignment_title"),
    opt("--description", "cli.arg.description"),
)
def assignment_add(ctx: Ctx, title: str, description: str | None) -> None:
    saved_title = ctx.service().add_assignment(title, description=description)
    saved(ctx, saved_title, t("out.assignment_saved", title=saved_title))


@command(
    "assignment indicator",
    pos("assignment", "cli.arg.assignment"),
    opt("--name", "cli.arg.indicator_name", required=True),
    opt("--horizon", "cli.arg.horizon", required=True),
    opt("--unit", "cli.arg.unit", default="%"),
    opt("--start-year", "cli.arg.start_year", kind=int),
    opt("--own", "cli.arg.own", kind=float),
    opt("--national", "cli.arg.national", kind=float),
    opt("--target", "cli.arg.target"),
)
def assignment_indicator(
    ctx: Ctx,
    assignment: str,
    name: str,
    horizon: str,
    unit: str,
    start_year: int | None,
    own: float | None,
    national: float | None,
    target: str | None,
) -> None:
    title = ctx.service().add_assignment_indicator(
        assignment,
        name=name,
        horizon=horizon,
        unit=unit,
        start_year=start_year,
        own=own,
        national=national,
        target=target,
    )
    saved(ctx, title, t("out.assignment_saved", title=title))


@command(
    "assignment status",
    pos("assignment", "cli.arg.assignment"),
    opt("--period", "cli.arg.period_open", required=True),
    opt("--color", "cli.arg.color", required=True),
    opt("--comment", "cli.arg.comment", required=True),
    opt("--cause", "cli.arg.cause"),
    opt("--measures", "cli.arg.measures"),
)
def assignment_status(
    ctx: Ctx,
    assignment: str,
    period: str,
    color: str,
    comment: str,
    cause: str | None,
    measures: str | None,
) -> None:
    key = ctx.service().set_assignment_status(
        assignment, period=period, color=color, comment=comment, cause=cause, measures=measures
    )
    saved(ctx, key)


@command(
    "assignment amend",
    pos("assignment", "cli.arg.assignment"),
    opt("--period", "cli.arg.period_closed", required=True),
    opt("--color", "cli.arg.color", required=True),
    opt("--comment", "cli.arg.comment", required=True),
    opt("--reason", "cli.arg.reason_correct", required=True),
    opt("--cause", "cli.arg.cause"),
    opt("--measures", "cli.arg.measures"),
)
def assignment_amend(
    ctx: Ctx,
    assignment: str,
    period: str,
    color: str,
    comment: str,
    reason: str,
    cause: str | None,
    measures: str | None,
) -> None:
    key = ctx.service().amend_assignment_status(
        assignment,
        period=period,
        color=color,
        comment=comment,
        reason=reason,
        cause=cause,
        measures=measures,
    )
    saved(ctx, key)


@command(
    "assignment edit",
    pos("assignment", "cli.arg.assignment"),
    opt("--reason", "cli.arg.reason_correct", required=True),
    opt("--title", "cli.arg.assignment_title_now"),
    opt("--description", "cli.arg.description"),
    opt("--period", "cli.arg.period_amend"),
    dated=True,
)
def assignment_edit(
    ctx: Ctx,
    assignment: str,
    reason: str,
    title: str | None,
    description: str | None,
    period: str | None,
) -> None:
    key = ctx.service().edit_assignment(
        assignment, reason=reason, title=title, description=description, period=period
    )
    saved(ctx, key)


@command("assignment list", opt("--period", "cli.arg.period"))
def assignment_list(ctx: Ctx, period: str | None) -> None:
    items = ctx.service().assignments(period.upper() if period else None)
    if ctx.json:
        print_json(items)
        return
    if not items:
        line(t("out.no_assignments"))
        return
    for a in items:
        line((a.title, "bold"))
        if a.status:
            line(f"  {t('color.' + a.status.color)}: {a.status.comment}")
        for i in a.indicators:
            line(f"  - {i.name} ({t('horizon.' + i.horizon)})")


@command(
    "report",
    opt("--period", "cli.arg.report_period"),
    opt("--round", "cli.arg.round_only", dest="round_"),
    opt("--format", "cli.arg.report_format", dest="fmt", default="md"),
    opt("--output", "cli.arg.output", short="-o"),
    opt("--template", "cli.arg.docx_template"),
    opt("--revision", "cli.arg.revision", kind=int),
    switch("--revisions", "cli.arg.revisions"),
)
def report(
    ctx: Ctx,
    period: str | None,
    round_: str | None,
    fmt: str,
    output: str | None,
    revision: int | None,
    revisions: bool,
    template: str | None,
) -> None:
    from innovation.reports.render import FORMATS, render

    if fmt not in FORMATS:
        raise Invalid("error.bad_format", value=fmt, choices=", ".join(FORMATS))
    if fmt in ("docx", "pdf") and output is None:
        raise Invalid("error.binary_needs_file", format=fmt)
    from innovation.reports.tertial import build, current_period

    svc = ctx.service()
    period = period or current_period(svc.clock())
    if revisions:
        _print_revisions(ctx, svc.report_revisions(period), fmt == "json")
        return

    data = build(svc, period, only_round=round_, revision=revision)
    content = render(data, fmt, template=template)
    if output is None:
        sys.stdout.write(content.decode("utf-8"))
        return
    _write_whole(output, content)
    err_line(t("out.report_written", path=output))


def _write_whole(output: str, content: bytes) -> None:
    """Writes the file whole or not at all: a reader never sees half a report."""
    from pathlib import Path

    target = Path(output)
    tmp = target.with_name(target.name + ".part")
    tmp.write_bytes(content)
    tmp.replace(target)


def _print_revisions(ctx: Ctx, revisions: list[ReportRevisionView], as_json: bool) -> None:
    from innovation.present import local_minute

    if as_json or ctx.json:
        print_json(revisions)
        return
    if not revisions:
        line(t("out.no_revisions"))
        return
    for r in revisions:
        head = t("out.revision", n=r.revision, at=local_minute(r.at), by=r.by)
        line((head, "bold"), (f"  {r.hash[:16]}…", "dim"))
        if r.reason:
            line((f"  “{r.reason}”", "italic"))
        for c in r.changes:
            line(f"  {c['path']}: {c['before']!r} → {c['after']!r}")


@command(
    "assignment describe",
    pos("assignment", "cli.arg.assignment"),
    opt("--point", "cli.arg.point", multi=True),
    opt("--nulage", "cli.arg.assignment_nulage"),
    opt("--nylage", "cli.arg.assignment_nylage"),
    opt("--goal-area", "cli.arg.goal_area"),
)
def assignment_describe(
    ctx: Ctx,
    assignment: str,
    point: list[str] | None,
    nulage: str | None,
    nylage: str | None,
    goal_area: str | None,
) -> None:
    title = ctx.service().describe_assignment(
        assignment, points=point, nulage=nulage, nylage=nylage, goal_area=goal_area
    )
    saved(ctx, title)


@command(
    "assignment judge",
    pos("assignment", "cli.arg.assignment"),
    opt("--indicator", "cli.arg.assignment_indicator", required=True),
    opt("--target-kind", "cli.arg.target_kind", required=True),
    opt("--target-value", "cli.arg.target_value", kind=float),
    opt("--source", "cli.arg.value_source"),
    opt("--kolada", "cli.arg.kolada"),
    opt("--better", "cli.arg.better"),
)
def assignment_judge(
    ctx: Ctx,
    assignment: str,
    indicator: str,
    target_kind: str,
    target_value: float | None,
    source: str | None,
    kolada: str | None,
    better: str | None,
) -> None:
    name = ctx.service().judge_assignment_indicator(
        assignment,
        indicator,
        target_kind=target_kind,
        target_value=target_value,
        source=source,
        kolada=kolada,
        better=better,
    )
    saved(ctx, name)


@command(
    "assignment measure",
    pos("assignment", "cli.arg.assignment"),
    opt("--indicator", "cli.arg.assignment_indicator", required=True),
    opt("--year", "cli.arg.year", kind=int, required=True),
    opt("--value", "cli.arg.value", kind=float, required=True),
    opt("--national", "cli.arg.national", kind=float),
    opt("--rank", "cli.arg.rank", kind=int),
    opt("--ranked", "cli.arg.ranked", kind=int),
    opt("--source", "cli.arg.value_source_text", default="own"),
)
def assignment_measure(
    ctx: Ctx,
    assignment: str,
    indicator: str,
    year: int,
    value: float,
    national: float | None,
    rank: int | None,
    ranked: int | None,
    source: str,
) -> None:
    name = ctx.service().measure_assignment(
        assignment,
        indicator,
        year=year,
        value=value,
        national=national,
        rank=rank,
        ranked=ranked,
        source=source,
    )
    saved(ctx, name)
