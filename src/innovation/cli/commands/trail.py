"""The record: an area's history, the audit trail (list, verify, head, replay, export) and a
facilitator's notes on past events."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from innovation.cli.context import Ctx
from innovation.cli.output import Segment, err_line, line, print_json
from innovation.cli.spec import command, opt, pos
from innovation.i18n import t

if TYPE_CHECKING:
    from innovation.service.views import EventView


@command("history", pos("area", "cli.arg.area"))
def history(ctx: Ctx, area: str) -> None:
    svc = ctx.service()
    events = svc.history(area)
    if ctx.json:
        print_json(events)
        return
    _print_events(events, svc.person_names())


def _print_events(events: list[EventView], names: dict[str, str]) -> None:
    from innovation.present import clip, event_label, event_summary, event_when

    # One block per event, like `git log`: it reads at any terminal width.
    for e in events:
        head: list[Segment] = [
            (f"#{e.id}  ", "bold"),
            (event_when(e.on, e.at), "dim"),
            f"  {names.get(e.actor, e.actor)}",
            (f" · {event_label(e.kind)}", "red" if e.kind == "denied" else "cyan"),
        ]
        if e.area:
            head.append((f" · {e.area}", "dim"))
        line(*head)
        summary = event_summary(e.kind, e.subject, e.before, e.after)
        if summary:
            line("    " + summary)
        if e.reason:
            line(("    " + f"“{clip(e.reason, 200)}”", "italic"))


@command(
    "audit list",
    opt("--area", "cli.arg.only_area"),
    opt("--person", "cli.arg.only_person"),
    opt("--kind", "cli.arg.only_kind"),
    opt("--since", "cli.arg.since", metavar="YYYY-MM-DD"),
    opt("--until", "cli.arg.until", metavar="YYYY-MM-DD"),
)
def audit_list(
    ctx: Ctx,
    area: str | None,
    person: str | None,
    kind: str | None,
    since: str | None,
    until: str | None,
) -> None:
    svc = ctx.service()
    events = svc.audit_list(area=area, person=person, kind=kind, since=since, until=until)
    if ctx.json:
        print_json(events)
    else:
        _print_events(events, svc.person_names())


@command("audit verify", opt("--expect", "cli.arg.expect", metavar="COUNT:HASH"))
def audit_verify(ctx: Ctx, expect: str | None) -> int:
    report = ctx.service().verify(expect=expect)
    problem = report.broken or report.expected_problem
    if ctx.json:
        print_json(
            {
                "ok": report.ok,
                "count": report.count,
                "head": report.head,
                "broken_at": problem.event if problem else None,
                "problem": t(problem.key, **problem.params) if problem else None,
            }
        )
    elif problem:
        err_line(
            t("audit.broken", event=problem.event, detail=t(problem.key, **problem.params)),
            style="red",
        )
    else:
        line((t("audit.ok", count=report.count, head=report.head), "green"))
        if expect:
            count, head = expect.split(":", 1)
            line(t("audit.expect_ok", count=count, head=head))
    return 0 if report.ok else 1


@command("audit head")
def audit_head(ctx: Ctx) -> None:
    count, digest = ctx.service().head()
    if ctx.json:
        print_json({"count": count, "head": digest})
        return
    sys.stdout.write(f"{count}:{digest}\n")
    err_line(t("out.head", count=count, head=digest), style="dim")


@command("audit replay")
def audit_replay(ctx: Ctx) -> int:
    replayed, differences, events = ctx.service().replay()
    if ctx.json:
        print_json({"ok": not differences, "events": events, "differences": differences})
    elif differences:
        err_line(t("replay.failed", count=len(differences)), style="red")
        for difference in differences:
            err_line(f"  - {difference}")
    else:
        line(
            (
                t(
                    "replay.ok",
                    areas=len(replayed.areas),
                    requests=len(replayed.requests),
                    events=events,
                ),
                "green",
            )
        )
    return 1 if differences else 0


@command(
    "audit export",
    opt("--format", "cli.arg.audit_format", dest="fmt", default="jsonl"),
    opt("--area", "cli.arg.only_area"),
    opt("--person", "cli.arg.only_person"),
    opt("--kind", "cli.arg.only_kind"),
    opt("--since", "cli.arg.since", metavar="YYYY-MM-DD"),
    opt("--until", "cli.arg.until", metavar="YYYY-MM-DD"),
    opt("--output", "cli.arg.output", short="-o"),
)
def audit_export(
    ctx: Ctx,
    fmt: str,
    area: str | None,
    person: str | None,
    kind: str | None,
    since: str | None,
    until: str | None,
    output: str | None,
) -> None:
    svc = ctx.service()
    chosen = {"area": area, "person": person, "kind": kind, "since": since, "until": until}
    if output is None:
        svc.export(sys.stdout, fmt=fmt, **chosen)
        return
    from pathlib import Path

    target = Path(output)
    tmp = target.with_name(target.name + ".part")
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        count = svc.export(handle, fmt=fmt, **chosen)
    tmp.replace(target)
    err_line(t("out.exported", count=count, path=output))


@command(
    "annotate", pos("event", "cli.arg.event"), opt("--note", "cli.arg.annotation", required=True)
)
def annotate(ctx: Ctx, event: str, note: str) -> None:
    new_id = ctx.service().annotate(event, note=note)
    if ctx.json:
        print_json({"key": f"#{new_id}"})
    else:
        line(t("out.created", key=f"#{new_id}"))
