"""Areas: created, assigned, reworded, listed, shown, merged and handed over."""

from __future__ import annotations

from typing import TYPE_CHECKING

from innovation.cli.commands.common import created, saved
from innovation.cli.context import Ctx
from innovation.cli.output import Segment, blank, line, print_json, table
from innovation.cli.spec import command, opt, pos, switch
from innovation.domain import Invalid
from innovation.i18n import t
from innovation.present import clip, participants
from innovation.words import outcome_label, phase_label, track_label, track_short

if TYPE_CHECKING:
    from innovation.service import Service
    from innovation.service.views import AreaDetail


@command(
    "area create",
    pos("question", "cli.arg.question"),
    opt("--track", "cli.arg.track", required=True),
    opt("--fadder", "cli.arg.fadder", required=True),
    opt("--ledartroja", "cli.arg.ledartroja", required=True, multi=True),
    opt("--round", "cli.arg.round", dest="round_"),
    dated=True,
)
def area_create(
    ctx: Ctx, question: str, track: str, fadder: str, ledartroja: list[str], round_: str | None
) -> None:
    key = ctx.service().create_area(
        question, track=track, fadder=fadder, ledartrojor=ledartroja, round=round_
    )
    created(ctx, key)


@command(
    "area assign",
    pos("area", "cli.arg.area"),
    opt("--fadder", "cli.arg.fadder_new"),
    opt("--ledartroja", "cli.arg.ledartroja", multi=True),
    opt("--reason", "cli.arg.reason"),
    dated=True,
)
def area_assign(
    ctx: Ctx, area: str, fadder: str | None, ledartroja: list[str] | None, reason: str | None
) -> None:
    saved(ctx, ctx.service().assign(area, fadder=fadder, ledartrojor=ledartroja, reason=reason))


@command(
    "area reword",
    pos("area", "cli.arg.area"),
    pos("question", "cli.arg.question_now"),
    opt("--reason", "cli.arg.reason_correct", required=True),
    opt("--period", "cli.arg.period_amend"),
    dated=True,
)
def area_reword(ctx: Ctx, area: str, question: str, reason: str, period: str | None) -> None:
    saved(ctx, ctx.service().reword(area, question, reason=reason, period=period))


def _viewed(ctx: Ctx, day: str | None) -> Service:
    """The service as it is, or as it stood at the end of a day (said above the answer)."""
    svc = ctx.service()
    if day is None:
        return svc
    svc = svc.as_of(day)
    if not ctx.json:
        line((t("out.as_of", day=svc.viewing), "bold"))
    return svc


@command(
    "area list",
    opt("--round", "cli.arg.round_only", dest="round_"),
    switch("--all", "cli.arg.all_merged", dest="all_"),
    opt("--on", "cli.arg.view_on", dest="day", metavar="YYYY-MM-DD"),
)
def area_list(ctx: Ctx, round_: str | None, all_: bool, day: str | None) -> None:
    svc = _viewed(ctx, day)
    areas = svc.list_areas(merged=all_, round=round_)
    if ctx.json:
        print_json(areas)
        return
    if not areas:
        first = svc.before_any_area()
        if first is not None:
            line(t("out.no_areas_that_day", day=svc.viewing, first=first))
        else:
            line(t("out.no_areas"))
        return
    headers = [
        t("col.key"),
        t("col.question"),
        t("col.track"),
        t("col.phase"),
        t("col.cycle"),
        t("col.round"),
        t("col.fadder"),
        t("col.waiting"),
    ]
    rows = [
        (
            a.key,
            clip(a.question, 90),
            track_short(a.track),
            f"→ {a.merged_into}" if a.merged_into else phase_label(a.phase, a.track),
            a.cycle,
            a.round or "",
            a.fadder,
            a.request or "",
        )
        for a in areas
    ]
    table(headers, rows, wide=1)


@command(
    "area show",
    pos("area", "cli.arg.area"),
    opt("--on", "cli.arg.view_on", dest="day", metavar="YYYY-MM-DD"),
)
def area_show(ctx: Ctx, area: str, day: str | None) -> None:
    from innovation.service.records import unread_for
    from innovation.service.views import to_json

    svc = _viewed(ctx, day)
    detail = svc.show_area(area)
    timing = svc.time_in_phase(area).get(detail.key, {})
    if ctx.json:
        print_json({**to_json(detail), "time_in_phase": timing})
        return
    if unread_for(detail.handovers, svc.actor_name):
        # The one who took over sees the outgoing ledartröja's note first.
        line(("✉ " + t("handover.unread", area=detail.key), "bold yellow"))
    _print_detail(detail)
    spent: list[Segment] = [(f"{t('rep.time_in_phase')}: ", "bold")]
    for i, (phase, v) in enumerate(timing.items()):
        label = phase_label(phase, detail.track)
        spent.append((", " if i else "") + f"{label} {t('word.days', n=v['days'])}")
        if v["over"]:
            spent.append((f" (> {t('word.days', n=v['limit'])})", "bold red"))
    blank()
    line(*spent)


def _print_detail(d: AreaDetail) -> None:
    from innovation.engine import default_flows
    from innovation.present import latest_text
    from innovation.service.views import to_json

    line((f"{d.key} · {d.question}", "bold"))
    line(
        t(
            "show.header",
            track=track_label(d.track),
            phase=d.phase_label,
            cycle=d.cycle,
            round=d.round or "–",
        )
    )
    line(t("show.people", fadder=d.fadder, leads=", ".join(d.ledartrojor)))
    if d.merged_into:
        line(("⏹ " + t("merge.into", area=d.merged_into, at=(d.merged_at or "")[:10]), "yellow"))
    if d.merged_from:
        line(t("merge.from", areas=", ".join(d.merged_from)))
    strip: list[Segment] = []
    for i, phase in enumerate(default_flows().get(d.track).flow.phases):
        if i:
            strip.append(" ─ ")
        if phase.id == d.phase:
            strip.append((f"[ {phase.label.upper()} ]", "bold reverse"))
        else:
            strip.append(phase.label)
    line(*strip)
    for label, value in (
        (t("show.scope"), d.scope),
        (t("show.nylage"), d.nylage),
        (t("show.owner"), d.owner),
    ):
        if value:
            line((f"{label}: ", "bold"), clip(value, 200))
    blank()
    line((t("show.next"), "bold underline"))
    if d.hold:
        line(("⏸ " + t("show.hold", until=d.hold.until, reason=d.hold.reason or ""), "yellow"))
    if d.delegation:
        line(t("show.delegation", to=d.delegation.delegate, until=d.delegation.until))
    if d.request:
        r = d.request
        if r.stale:
            line(("! " + t("show.stale", request=r.key), "yellow"))
        line(
            (
                "⧗ "
                + t(
                    "show.open_request",
                    request=r.key,
                    source=phase_label(r.source, d.track),
                    dest=phase_label(r.dest, d.track),
                    fadder=r.fadder,
                ),
                "yellow",
            )
        )
    if not d.moves:
        line(t("show.no_moves"))
    for m in d.moves:
        segments: list[Segment] = [f"→ {m.label}"]
        notes = [t("show.fadder_decides")] if m.approval else []
        if m.new_cycle:
            notes.append(t("word.new_cycle"))
        if notes:
            segments.append((f"  ({', '.join(notes)})", "dim"))
        if not m.missing:
            segments.append((f"  ✓ {t('show.ready')}", "green"))
        line(*segments)
        for hint in m.hints:
            line((f"   ✗ {hint}", "red"))
    sections: list[tuple[str, list[list[Segment]]]] = [
        (
            t("show.activities"),
            [
                [
                    f"{a.key}  {a.date}  {a.kind}  ",
                    (participants(a.residents, a.staff, a.managers), "dim"),
                ]
                for a in d.activities
            ],
        ),
        (
            t("show.tests"),
            [
                [
                    f"{x.key}  {clip(x.hypothesis, 70)}",
                    (
                        f"  {outcome_label(x.outcome or '')}: {clip(x.result, 50)}"
                        if x.result
                        else "",
                        "dim",
                    ),
                ]
                for x in d.tests
            ],
        ),
        (t("show.lessons"), [[f"{x.key}  {clip(x.text, 100)}"] for x in d.lessons]),
        (
            t("show.partners"),
            [
                [
                    f"{c.key}  {c.name}  ",
                    (f"{t('form.' + c.form)}, {c.since} – {c.until or ''}", "dim"),
                ]
                for c in d.collaborations
            ],
        ),
        (
            t("show.handovers"),
            [
                [
                    t(
                        "handover.line",
                        at=h.at[:10],
                        outgoing=h.outgoing,
                        incoming=h.incoming,
                        reason=clip(h.reason, 80),
                    )
                ]
                for h in d.handovers
            ],
        ),
        (
            t("show.indicators"),
            [
                [
                    f"{x.key}  {x.name}: {x.baseline:g} {x.unit} ({x.baseline_year}) → {x.target}",
                    (f"; {latest_text(to_json(x))}", "dim"),
                ]
                for x in d.indicators
            ],
        ),
    ]
    for title, lines in sections:
        if lines:
            blank()
            line((f"{title} ({len(lines)})", "bold underline"))
            for segments in lines:
                line(*segments)


@command(
    "area merge",
    pos("areas", "cli.arg.areas_merge", many=True),
    opt("--into", "cli.arg.into"),
    opt("--fadder", "cli.arg.fadder"),
    opt("--ledartroja", "cli.arg.ledartroja", multi=True),
    opt("--reason", "cli.arg.reason"),
    opt("--phase", "cli.arg.merge_phase"),
    opt("--track", "cli.arg.merge_track"),
    opt("--round", "cli.arg.merge_round", dest="round_"),
    switch("--preview", "cli.arg.preview"),
    dated=True,
)
def area_merge(
    ctx: Ctx,
    areas: list[str],
    into: str | None,
    fadder: str | None,
    ledartroja: list[str] | None,
    reason: str | None,
    phase: str | None,
    track: str | None,
    round_: str | None,
    preview: bool,
) -> None:
    from innovation.present import merge_preview

    svc = ctx.service()
    if preview:
        plan = svc.merge_preview(areas, track)
        if ctx.json:
            print_json(plan)
        else:
            line(*merge_preview(plan))
        return
    missing = [
        name
        for name, value in (("--into", into), ("--fadder", fadder), ("--reason", reason))
        if not value
    ]
    if missing:
        raise Invalid("error.merge_args", missing=", ".join(missing))
    key = svc.merge(
        areas,
        into=into or "",
        fadder=fadder or "",
        ledartrojor=ledartroja or [],
        reason=reason or "",
        phase=phase,
        track=track,
        round=round_,
    )
    created(ctx, key)


@command(
    "area handover",
    pos("area", "cli.arg.area"),
    opt("--from", "cli.arg.handover_from", dest="outgoing", required=True),
    opt("--to", "cli.arg.handover_to", dest="incoming", required=True),
    opt("--reason", "cli.arg.reason", required=True),
    dated=True,
)
def area_handover(ctx: Ctx, area: str, outgoing: str, incoming: str, reason: str) -> None:
    saved(ctx, ctx.service().handover(area, outgoing=outgoing, incoming=incoming, reason=reason))


@command(
    "area handover-note",
    pos("area", "cli.arg.area"),
    opt("--note", "cli.arg.handover_note", required=True),
    dated=True,
)
def area_handover_note(ctx: Ctx, area: str, note: str) -> None:
    saved(ctx, ctx.service().handover_note(area, note))


@command("area handover-read", pos("area", "cli.arg.area"))
def area_handover_read(ctx: Ctx, area: str) -> None:
    svc = ctx.service()
    notes = svc.unread_handover_notes(area)
    svc.handover_seen(area)
    if ctx.json:
        print_json(notes)
        return
    if not notes:
        line(t("handover.none"))
    for h in notes:
        line((t("handover.from", outgoing=h.outgoing, at=(h.note_at or "")[:10]), "bold"))
        line(h.note or "")


@command(
    "area serve",
    pos("area", "cli.arg.area"),
    opt("--assignment", "cli.arg.assignment", required=True),
    switch("--stop", "cli.arg.serve_stop"),
)
def area_serve(ctx: Ctx, area: str, assignment: str, stop: bool) -> None:
    saved(ctx, ctx.service().serve(area, assignment, stop=stop))
