"""Moves and the fadder's decisions on them: go, recycle, hold, kill; withdraw, resume,
delegate; the requests waiting for a decision."""

from __future__ import annotations

from typing import TYPE_CHECKING

from innovation.cli.context import Ctx
from innovation.cli.output import line, print_json, table
from innovation.cli.spec import command, opt, pos, switch
from innovation.i18n import t
from innovation.present import clip
from innovation.words import phase_label

if TYPE_CHECKING:
    from innovation.service.views import MoveResult


@command(
    "move",
    pos("area", "cli.arg.area"),
    pos("phase", "cli.arg.phase"),
    opt("--reason", "cli.arg.reason_ready", required=True),
    dated=True,
)
def move(ctx: Ctx, area: str, phase: str, reason: str) -> None:
    svc = ctx.service()
    result = svc.move(area, phase, reason=reason)
    if result.request:
        if ctx.json:
            print_json({"request": result.request})
            return
        detail = svc.show_area(result.area)
        dest = detail.request.dest if detail.request else phase
        line(
            t(
                "out.requested",
                area=result.area,
                source=phase_label(result.phase, detail.track),
                dest=phase_label(dest, detail.track),
                request=result.request,
                fadder=detail.fadder,
            )
        )
    elif ctx.json:
        print_json({"phase": result.phase, "cycle": result.cycle})
    else:
        line(t("out.moved", area=result.area, phase=phase_label(result.phase), cycle=result.cycle))


def _decided(ctx: Ctx, key: str, r: MoveResult) -> None:
    if ctx.json:
        print_json({"request": r.request, "area": r.area, "phase": r.phase, "cycle": r.cycle})
    else:
        line(t(key, request=r.request, area=r.area, phase=phase_label(r.phase)))


@command(
    "approve",
    pos("request", "cli.arg.request"),
    opt("--comment", "cli.arg.comment"),
    dated=True,
)
def approve(ctx: Ctx, request: str, comment: str | None) -> None:
    _decided(ctx, "out.approved", ctx.service().approve(request, comment=comment))


@command(
    "reject",
    pos("request", "cli.arg.request"),
    opt("--comment", "cli.arg.comment_first", required=True),
    opt("--back-to", "cli.arg.back_to"),
    dated=True,
)
def reject(ctx: Ctx, request: str, comment: str, back_to: str | None) -> None:
    r = ctx.service().reject(request, comment=comment, back_to=back_to)
    _decided(ctx, "out.recycled" if back_to else "out.rejected", r)


@command(
    "hold",
    pos("request", "cli.arg.request"),
    opt("--until", "cli.arg.hold_until", required=True),
    opt("--comment", "cli.arg.comment_hold", required=True),
    dated=True,
)
def hold(ctx: Ctx, request: str, until: str, comment: str) -> None:
    r = ctx.service().hold(request, until=until, comment=comment)
    if ctx.json:
        print_json({"request": r.request, "area": r.area, "hold_until": until.upper()})
    else:
        line(t("out.held", request=r.request, area=r.area, until=until.upper()))


@command(
    "kill",
    pos("request", "cli.arg.request"),
    opt("--comment", "cli.arg.comment_kill", required=True),
    dated=True,
)
def kill(ctx: Ctx, request: str, comment: str) -> None:
    _decided(ctx, "out.killed", ctx.service().kill(request, comment=comment))


@command(
    "withdraw",
    pos("request", "cli.arg.request"),
    opt("--reason", "cli.arg.reason"),
    dated=True,
)
def withdraw(ctx: Ctx, request: str, reason: str | None) -> None:
    key = ctx.service().withdraw(request, reason=reason)
    if ctx.json:
        print_json({"request": key, "status": "withdrawn"})
    else:
        line(t("out.withdrawn", request=key))


@command("resume", pos("area", "cli.arg.area"), opt("--comment", "cli.arg.comment"), dated=True)
def resume(ctx: Ctx, area: str, comment: str | None) -> None:
    key = ctx.service().resume(area, comment=comment)
    if ctx.json:
        print_json({"area": key, "hold_until": None})
    else:
        line(t("out.resumed", area=key))


@command(
    "delegate",
    pos("area", "cli.arg.area"),
    opt("--to", "cli.arg.delegate_to"),
    opt("--until", "cli.arg.delegate_until", metavar="YYYY-MM-DD"),
    switch("--revoke", "cli.arg.delegate_revoke"),
    dated=True,
)
def delegate(ctx: Ctx, area: str, to: str | None, until: str | None, revoke: bool) -> None:
    key = ctx.service().delegate(area, to=to, until=until, revoke=revoke)
    if ctx.json:
        print_json({"area": key, "delegate": None if revoke else to, "until": until})
    elif revoke:
        line(t("out.delegation_ended", area=key))
    else:
        line(t("out.delegated", area=key, to=to, until=until))


@command(
    "requests",
    switch("--all", "cli.arg.requests_all", dest="all_"),
    switch("--mine", "cli.arg.requests_mine"),
)
def requests(ctx: Ctx, all_: bool, mine: bool) -> None:
    rows = ctx.service().list_requests(mine=not all_)
    if ctx.json:
        print_json(rows)
        return
    if not rows:
        line(t("out.no_requests"))
        return
    headers = [
        t("col.key"),
        t("col.area"),
        t("col.move"),
        t("col.by"),
        t("col.fadder"),
        t("col.age"),
        t("col.reason"),
    ]
    body = [
        (
            r.key + (f" ({t('word.stale')})" if r.stale else ""),
            r.area,
            f"{phase_label(r.source)} → {phase_label(r.dest)}",
            r.requested_by,
            r.fadder,
            t("word.days", n=r.age_days),
            clip(r.reason, 50),
        )
        for r in rows
    ]
    table(headers, body, wide=6)
