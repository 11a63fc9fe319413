"""Rounds of areas, and the organisations outside the municipality that areas work with."""

from __future__ import annotations

from innovation.cli.commands.common import created, saved
from innovation.cli.context import Ctx
from innovation.cli.output import line, print_json, table
from innovation.cli.spec import command, opt, pos
from innovation.i18n import t
from innovation.words import phase_label


@command(
    "round add",
    pos("name", "cli.arg.round_name"),
    opt("--year", "cli.arg.round_year", kind=int, required=True),
    opt("--description", "cli.arg.description"),
)
def round_add(ctx: Ctx, name: str, year: int, description: str | None) -> None:
    created(ctx, ctx.service().add_round(name, year=year, description=description))


@command("round list")
def round_list(ctx: Ctx) -> None:
    rounds = ctx.service().list_rounds()
    if ctx.json:
        print_json(rounds)
        return
    if not rounds:
        line(t("out.no_rounds"))
        return
    headers = [t("col.round"), t("col.year"), t("col.areas"), t("col.phases"), t("col.merged")]
    rows = [
        (
            r.name,
            r.year,
            ", ".join(r.areas) or "–",
            ", ".join(f"{phase_label(p)} {n}" for p, n in r.phases.items()) or "–",
            r.merged,
        )
        for r in rounds
    ]
    table(headers, rows, wide=2)


@command(
    "partner add",
    pos("name", "cli.arg.partner_name"),
    opt("--kind", "cli.arg.partner_kind", required=True),
)
def partner_add(ctx: Ctx, name: str, kind: str) -> None:
    created(ctx, ctx.service().add_partner(name, kind=kind))


@command("partner list")
def partner_list(ctx: Ctx) -> None:
    partners = ctx.service().list_partners()
    if ctx.json:
        print_json(partners)
        return
    if not partners:
        line(t("out.no_partners"))
        return
    rows = [(p.key, p.name, t(f"partner.{p.kind}"), p.collaborations) for p in partners]
    table([t("col.key"), t("col.name"), t("col.kind"), t("col.collaborations")], rows, wide=1)


@command(
    "partner link",
    pos("area", "cli.arg.area"),
    pos("partner", "cli.arg.partner"),
    opt("--form", "cli.arg.form", required=True),
    opt("--since", "cli.arg.since_day", required=True, metavar="YYYY-MM-DD"),
    opt("--until", "cli.arg.until_day", metavar="YYYY-MM-DD"),
    opt("--note", "cli.arg.note"),
    dated=True,
)
def partner_link(
    ctx: Ctx, area: str, partner: str, form: str, since: str, until: str | None, note: str | None
) -> None:
    key = ctx.service().link_partner(area, partner, form=form, since=since, until=until, note=note)
    created(ctx, key)


@command(
    "partner end",
    pos("collaboration", "cli.arg.collaboration"),
    opt("--until", "cli.arg.last_day", required=True, metavar="YYYY-MM-DD"),
    dated=True,
)
def partner_end(ctx: Ctx, collaboration: str, until: str) -> None:
    saved(ctx, ctx.service().end_collaboration(collaboration, until=until))


@command(
    "partner correct",
    pos("collaboration", "cli.arg.collaboration"),
    opt("--reason", "cli.arg.reason_wrong", required=True),
    opt("--form", "cli.arg.form"),
    opt("--since", "cli.arg.since_day", metavar="YYYY-MM-DD"),
    opt("--until", "cli.arg.until_or_none", metavar="YYYY-MM-DD"),
    opt("--note", "cli.arg.note"),
    opt("--period", "cli.arg.period_amend"),
    dated=True,
)
def partner_correct(
    ctx: Ctx,
    collaboration: str,
    reason: str,
    form: str | None,
    since: str | None,
    until: str | None,
    note: str | None,
    period: str | None,
) -> None:
    key = ctx.service().correct_collaboration(
        collaboration,
        reason=reason,
        form=form,
        since=since,
        until=until,
        note=note,
        period=period,
    )
    saved(ctx, key)


@command("partner collaborations", pos("area", "cli.arg.area_all", optional=True))
def partner_collaborations(ctx: Ctx, area: str | None) -> None:
    items = ctx.service().collaborations(area)
    if ctx.json:
        print_json(items)
        return
    if not items:
        line(t("out.no_collaborations"))
        return
    headers = [
        t("col.key"),
        t("col.area"),
        t("col.name"),
        t("col.form"),
        t("col.since"),
        t("col.until"),
    ]
    rows = [(c.key, c.area, c.name, t(f"form.{c.form}"), c.since, c.until or "–") for c in items]
    table(headers, rows, wide=2)


@command(
    "partner status",
    pos("partner", "cli.arg.partner"),
    opt("--status", "cli.arg.partner_status", required=True),
)
def partner_status(ctx: Ctx, partner: str, status: str) -> None:
    saved(ctx, ctx.service().set_partner_status(partner, status))
