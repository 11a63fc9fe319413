"""The steering structure and the organisation's own work: shared settings, målområden, work
of the whole organisation (planned, then done), training of ledartröjor."""

from __future__ import annotations

from innovation.cli.commands.common import created, saved
from innovation.cli.context import Ctx
from innovation.cli.output import line, print_json, table
from innovation.cli.spec import command, opt, pos
from innovation.i18n import t


@command("setting set", pos("key", "cli.arg.setting_key"), pos("value", "cli.arg.setting_value"))
def setting_set(ctx: Ctx, key: str, value: str) -> None:
    saved(ctx, ctx.service().set_setting(key, value))


@command("setting list")
def setting_list(ctx: Ctx) -> None:
    found = ctx.service().settings()
    if ctx.json:
        print_json(found)
        return
    table([t("col.key"), t("col.value")], sorted(found.items()), wide=1)


@command(
    "goal add",
    pos("name", "cli.arg.goal_area"),
    opt("--goal", "cli.arg.goal", multi=True, required=True),
)
def goal_add(ctx: Ctx, name: str, goal: list[str]) -> None:
    created(ctx, ctx.service().add_goal_area(name, goals=goal))


@command("goal list")
def goal_list(ctx: Ctx) -> None:
    found = ctx.service().steering()
    if ctx.json:
        print_json(found)
        return
    if found.vision:
        line((t("rep.vision") + ": ", "bold"), found.vision)
    for g in found.goal_areas:
        line((g.name, "bold"))
        for goal in g.goals:
            line(f"  - {goal}")


@command(
    "work plan",
    pos("title", "cli.arg.work_title"),
    opt("--kind", "cli.arg.work_kind", required=True),
    opt("--planned-on", "cli.arg.planned_on", required=True, metavar="YYYY-MM-DD"),
    opt("--assignment", "cli.arg.assignment"),
    opt("--note", "cli.arg.note"),
)
def work_plan(
    ctx: Ctx, title: str, kind: str, planned_on: str, assignment: str | None, note: str | None
) -> None:
    key = ctx.service().plan_work(kind, title, on=planned_on, assignment=assignment, note=note)
    created(ctx, key)


@command(
    "work done",
    pos("work", "cli.arg.work"),
    opt("--residents", "cli.arg.residents", kind=int, default=0),
    opt("--staff", "cli.arg.staff", kind=int, default=0),
    opt("--managers", "cli.arg.managers", kind=int, default=0),
    dated=True,
)
def work_done(ctx: Ctx, work: str, residents: int, staff: int, managers: int) -> None:
    saved(ctx, ctx.service().work_done(work, residents=residents, staff=staff, managers=managers))


@command("work list")
def work_list(ctx: Ctx) -> None:
    found = ctx.service().org_work()
    if ctx.json:
        print_json(found)
        return
    if not found:
        line(t("out.no_work"))
        return
    headers = [
        t("col.key"),
        t("rep.col_kind"),
        t("rep.col_activity"),
        t("col.planned"),
        t("col.done"),
        t("rep.col_residents"),
        t("rep.col_staff"),
        t("rep.col_managers"),
    ]
    rows = [
        (
            w.key,
            w.kind,
            w.title,
            w.planned_on,
            w.done_on or "–",
            w.residents,
            w.staff,
            w.managers,
        )
        for w in found
    ]
    table(headers, rows, wide=2)


@command(
    "training add",
    pos("trainer", "cli.arg.trainer"),
    pos("trainee", "cli.arg.trainee"),
    opt("--topic", "cli.arg.topic", required=True),
    dated=True,
)
def training_add(ctx: Ctx, trainer: str, trainee: str, topic: str) -> None:
    saved(ctx, ctx.service().add_training(trainer, trainee, topic=topic))


@command("training list")
def training_list(ctx: Ctx) -> None:
    found = ctx.service().trainings()
    if ctx.json:
        print_json(found)
        return
    rows = [(x.on, x.trainer, x.trainee, x.topic) for x in found]
    table([t("rep.col_day"), t("col.trainer"), t("col.trainee"), t("col.topic")], rows, wide=3)
