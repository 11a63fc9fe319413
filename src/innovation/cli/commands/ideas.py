"""Ideas: proposed, supported, weighed, promoted to tests, parked, declined, moved, searched."""

from __future__ import annotations

from innovation.cli.commands.common import created, saved
from innovation.cli.context import Ctx
from innovation.cli.output import Segment, line, print_json, table
from innovation.cli.spec import command, opt, pos, switch
from innovation.i18n import t
from innovation.present import clip, score_line
from innovation.words import outcome_label


@command(
    "idea add",
    pos("area", "cli.arg.area"),
    opt("--title", "cli.arg.title", required=True),
    opt("--source", "cli.arg.source", default="employee"),
    opt("--description", "cli.arg.description"),
    switch("--stop", "cli.arg.stop"),
    opt("--note", "cli.arg.idea_note"),
    opt("--activity", "cli.arg.activity"),
    dated=True,
)
def idea_add(
    ctx: Ctx,
    area: str,
    title: str,
    source: str,
    description: str | None,
    stop: bool,
    note: str | None,
    activity: str | None,
) -> None:
    key = ctx.service().add_idea(
        area,
        title=title,
        source=source,
        description=description,
        stop=stop,
        note=note,
        activity=activity,
    )
    created(ctx, key)


@command("idea support", pos("idea", "cli.arg.idea"), switch("--withdraw", "cli.arg.withdraw"))
def idea_support(ctx: Ctx, idea: str, withdraw: bool) -> None:
    saved(ctx, ctx.service().support_idea(idea, withdraw=withdraw))


@command(
    "idea score",
    pos("idea", "cli.arg.idea"),
    opt("--effect", "cli.arg.effect", kind=int, required=True),
    opt("--cost", "cli.arg.cost", kind=int, required=True),
    opt("--speed", "cli.arg.speed", kind=int, required=True),
    opt("--reason", "cli.arg.reason_short", required=True),
    dated=True,
)
def idea_score(ctx: Ctx, idea: str, effect: int, cost: int, speed: int, reason: str) -> None:
    saved(ctx, ctx.service().score_idea(idea, effect=effect, cost=cost, speed=speed, reason=reason))


@command(
    "idea promote",
    pos("idea", "cli.arg.idea"),
    opt("--hypothesis", "cli.arg.hypothesis_default"),
    opt("--measure", "cli.arg.measure"),
    dated=True,
)
def idea_promote(ctx: Ctx, idea: str, hypothesis: str | None, measure: str | None) -> None:
    test = ctx.service().promote_idea(idea, hypothesis=hypothesis, measure=measure)
    saved(ctx, test, t("out.promoted", idea=idea.upper(), test=test))


@command(
    "idea park",
    pos("idea", "cli.arg.idea"),
    opt("--reason", "cli.arg.reason", required=True),
    dated=True,
)
def idea_park(ctx: Ctx, idea: str, reason: str) -> None:
    saved(ctx, ctx.service().park_idea(idea, reason=reason))


@command(
    "idea decline",
    pos("idea", "cli.arg.idea"),
    opt("--reason", "cli.arg.reason", required=True),
    dated=True,
)
def idea_decline(ctx: Ctx, idea: str, reason: str) -> None:
    saved(ctx, ctx.service().decline_idea(idea, reason=reason))


@command(
    "idea move",
    pos("idea", "cli.arg.idea"),
    opt("--to", "cli.arg.idea_to", required=True),
    opt("--reason", "cli.arg.reason", required=True),
    dated=True,
)
def idea_move(ctx: Ctx, idea: str, to: str, reason: str) -> None:
    saved(ctx, ctx.service().move_idea(idea, to=to, reason=reason))


@command(
    "idea list",
    pos("area", "cli.arg.area_all", optional=True),
    opt("--status", "cli.arg.idea_status"),
    switch("--stop", "cli.arg.stop_only"),
)
def idea_list(ctx: Ctx, area: str | None, status: str | None, stop: bool) -> None:
    ideas = ctx.service().list_ideas(area, status=status, kind="stop" if stop else None)
    if ctx.json:
        print_json(ideas)
        return
    if not ideas:
        line(t("out.no_ideas"))
        return
    headers = [
        t("col.key"),
        t("col.area"),
        t("col.title"),
        t("col.score"),
        t("col.support"),
        t("col.status"),
    ]
    rows = []
    for i in ideas:
        status_text = t(f"idea.{i.status}") + (f" → {i.test}" if i.test else "")
        if area and i.area != area.upper():
            status_text = t("out.moved_to", area=i.area)
        title = (f"{t('idea_kind.stop')}: " if i.kind == "stop" else "") + clip(i.title, 70)
        score = "–" if i.score is None else f"{i.score:.1f}"
        rows.append((i.key, i.area, title, score, i.supporters, status_text))
    table(headers, rows, wide=2)


@command("idea show", pos("idea", "cli.arg.idea"))
def idea_show(ctx: Ctx, idea: str) -> None:
    d = ctx.service().show_idea(idea)
    if ctx.json:
        print_json(d)
        return
    i = d.idea
    line((f"{i.key} · {i.title}", "bold"))
    origin = f" ({t('out.moved_from', area=i.origin)})" if i.origin else ""
    line(
        (
            f"{i.area}{origin} · {t(f'idea_kind.{i.kind}')} · {t(f'source.{i.source}')}"
            f" · {t(f'idea.{i.status}')}",
            "dim",
        )
    )
    if i.description:
        line(i.description)
    if i.status_reason:
        line((f"“{i.status_reason}”", "italic"))
    for sc in d.scores:
        line("  " + score_line(sc, sc.by))
    line(f"  {t('col.support')}: {', '.join(d.supporters) or '–'}")
    if i.test:
        line((f"→ {i.test}: {clip(d.test_hypothesis, 80)}", "bold"))
        if d.test_result:
            outcome = outcome_label(d.test_outcome) if d.test_outcome else ""
            line(f"   {outcome}: {d.test_result}")
        for lesson in d.lessons:
            line(f"   {t('kind.lesson')}: {clip(lesson, 100)}")
        if d.adopted_by:
            adopted: Segment = (f"   {t('out.adopted_by', owner=d.adopted_by)}", "green")
            line(adopted)


@command("idea search", pos("text", "cli.arg.search"))
def idea_search(ctx: Ctx, text: str) -> None:
    hits = ctx.service().search(text)
    if ctx.json:
        print_json(hits)
        return
    if not hits:
        line(t("out.no_hits"))
        return
    rows = [
        (
            h.key,
            h.area,
            clip(h.text, 90),
            t(f"idea.{h.note}") if h.kind == "idea" else f"{t('kind.lesson')}, {h.note}",
        )
        for h in hits
    ]
    table([t("col.key"), t("col.area"), t("col.what"), t("col.status")], rows, wide=2)
