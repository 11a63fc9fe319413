"""The work recorded in an area: activities, statements, indicators, tests and lessons."""

from __future__ import annotations

from innovation.cli.commands.common import created, saved
from innovation.cli.context import Ctx
from innovation.cli.output import line, print_json, table
from innovation.cli.spec import command, opt, pos
from innovation.i18n import t


@command(
    "activity add",
    pos("area", "cli.arg.area"),
    opt("--kind", "cli.arg.activity_kind", required=True),
    opt("--residents", "cli.arg.residents", kind=int, default=0),
    opt("--staff", "cli.arg.staff", kind=int, default=0),
    opt("--managers", "cli.arg.managers", kind=int, default=0),
    opt("--note", "cli.arg.note"),
    opt("--date", "cli.arg.date_alias", metavar="YYYY-MM-DD"),
    dated=True,
)
def activity_add(
    ctx: Ctx,
    area: str,
    kind: str,
    residents: int,
    staff: int,
    managers: int,
    note: str | None,
    date: str | None,
) -> None:
    ctx.on = ctx.on or date
    key = ctx.service().add_activity(
        area, kind=kind, residents=residents, staff=staff, managers=managers, note=note
    )
    created(ctx, key)


@command("scope set", pos("area", "cli.arg.area"), pos("text", "cli.arg.scope"), dated=True)
def scope_set(ctx: Ctx, area: str, text: str) -> None:
    saved(ctx, ctx.service().set_scope(area, text))


@command("nylage set", pos("area", "cli.arg.area"), pos("text", "cli.arg.nylage"), dated=True)
def nylage_set(ctx: Ctx, area: str, text: str) -> None:
    saved(ctx, ctx.service().set_nylage(area, text))


@command("owner set", pos("area", "cli.arg.area"), pos("text", "cli.arg.owner"), dated=True)
def owner_set(ctx: Ctx, area: str, text: str) -> None:
    saved(ctx, ctx.service().set_owner(area, text))


@command(
    "indicator add",
    pos("area", "cli.arg.area"),
    opt("--name", "cli.arg.indicator_name", required=True),
    opt("--unit", "cli.arg.unit", required=True),
    opt("--baseline-year", "cli.arg.baseline_year", kind=int, required=True),
    opt("--baseline", "cli.arg.baseline", kind=float, required=True),
    opt("--target", "cli.arg.target", required=True),
    opt("--national", "cli.arg.national", kind=float),
    opt("--kolada", "cli.arg.kolada"),
    opt("--better", "cli.arg.better", default="higher"),
    dated=True,
)
def indicator_add(
    ctx: Ctx,
    area: str,
    name: str,
    unit: str,
    baseline_year: int,
    baseline: float,
    target: str,
    national: float | None,
    kolada: str | None,
    better: str,
) -> None:
    key = ctx.service().add_indicator(
        area,
        name=name,
        unit=unit,
        baseline_year=baseline_year,
        baseline=baseline,
        target=target,
        national=national,
        kolada=kolada,
        better=better,
    )
    created(ctx, key)


@command(
    "indicator measure",
    pos("indicator", "cli.arg.indicator"),
    opt("--year", "cli.arg.year", kind=int, required=True),
    opt("--value", "cli.arg.value", kind=float, required=True),
    opt("--gender", "cli.arg.gender", default="T"),
    dated=True,
)
def indicator_measure(ctx: Ctx, indicator: str, year: int, value: float, gender: str) -> None:
    saved(ctx, ctx.service().measure(indicator, year=year, value=value, gender=gender))


def _stored(ctx: Ctx, stored: int) -> None:
    if ctx.json:
        print_json({"stored": stored})
    else:
        line(t("out.imported", n=stored))


@command("indicator import", pos("file", "cli.arg.kolada_file"))
def indicator_import(ctx: Ctx, file: str) -> None:
    from pathlib import Path

    _stored(ctx, ctx.service().import_kolada(Path(file)))


@command("indicator fetch", pos("indicator", "cli.arg.indicator_all", optional=True))
def indicator_fetch(ctx: Ctx, indicator: str | None) -> None:
    _stored(ctx, ctx.service().fetch_kolada(indicator))


@command(
    "indicator correct",
    pos("indicator", "cli.arg.indicator"),
    opt("--reason", "cli.arg.reason_wrong", required=True),
    opt("--name", "cli.arg.indicator_name"),
    opt("--unit", "cli.arg.unit"),
    opt("--baseline", "cli.arg.baseline", kind=float),
    opt("--baseline-year", "cli.arg.baseline_year", kind=int),
    opt("--national", "cli.arg.national", kind=float),
    opt("--target", "cli.arg.target"),
    opt("--period", "cli.arg.period_amend"),
    dated=True,
)
def indicator_correct(
    ctx: Ctx,
    indicator: str,
    reason: str,
    name: str | None,
    unit: str | None,
    baseline: float | None,
    baseline_year: int | None,
    national: float | None,
    target: str | None,
    period: str | None,
) -> None:
    key = ctx.service().correct_indicator(
        indicator,
        reason=reason,
        name=name,
        unit=unit,
        baseline=baseline,
        baseline_year=baseline_year,
        national=national,
        target=target,
        period=period,
    )
    saved(ctx, key)


@command(
    "indicator set",
    pos("indicator", "cli.arg.indicator"),
    opt("--baseline", "cli.arg.baseline", kind=float),
    opt("--baseline-year", "cli.arg.baseline_year", kind=int),
    opt("--national", "cli.arg.national", kind=float),
    opt("--target", "cli.arg.target"),
    opt("--better", "cli.arg.better"),
    dated=True,
)
def indicator_set(
    ctx: Ctx,
    indicator: str,
    baseline: float | None,
    baseline_year: int | None,
    national: float | None,
    target: str | None,
    better: str | None,
) -> None:
    key = ctx.service().set_indicator(
        indicator,
        baseline=baseline,
        baseline_year=baseline_year,
        national=national,
        target=target,
        better=better,
    )
    saved(ctx, key)


@command("indicator list", pos("area", "cli.arg.area_all", optional=True))
def indicator_list(ctx: Ctx, area: str | None) -> None:
    from innovation.present import latest_text
    from innovation.service.views import to_json

    svc = ctx.service()
    areas = [area] if area else [a.key for a in svc.list_areas()]
    found = [(key, x) for key in areas for x in svc.show_area(key).indicators]
    if ctx.json:
        print_json([{"area": key, **to_json(x)} for key, x in found])
        return
    if not found:
        line(t("out.no_indicators"))
        return
    headers = [
        t("col.key"),
        t("col.area"),
        t("col.name"),
        t("col.baseline"),
        t("col.target"),
        t("col.latest"),
    ]
    rows = [
        (
            x.key,
            key,
            x.name,
            f"{x.baseline:g} {x.unit} ({x.baseline_year})",
            x.target,
            latest_text(to_json(x)),
        )
        for key, x in found
    ]
    table(headers, rows, wide=2)


@command("indicator values", pos("indicator", "cli.arg.indicator"))
def indicator_values(ctx: Ctx, indicator: str) -> None:
    values = ctx.service().indicator_values(indicator)
    if ctx.json:
        print_json(values)
        return
    headers = [
        t("col.year"),
        "T/K/M",
        t("col.value"),
        t("col.kolada_colour"),
        t("col.source"),
        t("col.when"),
    ]
    rows = [
        (
            v.year,
            v.gender,
            f"{v.value:g}",
            f"{t('color.' + v.kolada_colour)} ({v.rank}/{v.ranked})" if v.kolada_colour else "",
            v.source,
            v.fetched_at[:16],
        )
        for v in values
    ]
    table(headers, rows, wide=4)


@command(
    "test add",
    pos("area", "cli.arg.area"),
    opt("--hypothesis", "cli.arg.hypothesis", required=True),
    opt("--measure", "cli.arg.measure"),
    dated=True,
)
def test_add(ctx: Ctx, area: str, hypothesis: str, measure: str | None) -> None:
    created(ctx, ctx.service().add_test(area, hypothesis=hypothesis, measure=measure))


@command(
    "test result",
    pos("test", "cli.arg.test"),
    opt("--result", "cli.arg.result", required=True),
    opt("--outcome", "cli.arg.outcome", required=True),
    dated=True,
)
def test_result(ctx: Ctx, test: str, result: str, outcome: str) -> None:
    saved(ctx, ctx.service().record_result(test, result=result, outcome=outcome))


@command("lesson add", pos("area", "cli.arg.area"), pos("text", "cli.arg.lesson"), dated=True)
def lesson_add(ctx: Ctx, area: str, text: str) -> None:
    created(ctx, ctx.service().add_lesson(area, text))
