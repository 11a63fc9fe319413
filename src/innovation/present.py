"""Summaries shared by the CLI and the TUI: audit events, moves, merge previews, stints."""

from __future__ import annotations

from typing import Any

from innovation.i18n import t
from innovation.timeutil import as_utc, zone

_MAX = 80


def clip(text: str | None, limit: int = _MAX) -> str:
    if not text:
        return ""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def local_minute(at: str) -> str:
    """A recorded moment as the workspace's clock shows it: 2024-06-03 14:02."""
    return as_utc(at).astimezone(zone()).strftime("%Y-%m-%d %H:%M")


def event_when(on: str, at: str) -> str:
    """When an event happened, and when it was recorded where that was another day."""
    recorded = local_minute(at)
    if not on or recorded.startswith(on):
        return recorded
    return t("when.recorded_later", on=on, at=recorded[:10])


def event_when_long(on: str, at: str) -> str:
    return t("when.long", on=on or local_minute(at)[:10], at=local_minute(at))


def participants(residents: int, staff: int, managers: int) -> str:
    return t("present.participants", residents=residents, staff=staff, managers=managers)


def event_label(kind: str) -> str:
    return t(f"event.{kind}")


def event_summary(
    kind: str, subject: str | None, before: dict[str, Any], after: dict[str, Any]
) -> str:
    sub = subject or ""
    if kind == "person.add":
        return f"{after.get('username')} ({', '.join(after.get('roles', []))})"
    if kind == "area.create":
        return clip(after.get("question"))
    if kind == "activity.add":
        who = participants(
            after.get("residents", 0), after.get("staff", 0), after.get("managers", 0)
        )
        return f"{sub} {after.get('date')} {clip(after.get('kind'), 30)}: {who}"
    if kind in ("scope.set", "nylage.set", "owner.set"):
        field = kind.split(".")[0]
        return clip(after.get(field))
    if kind == "indicator.add":
        return f"{sub} {clip(after.get('name'), 60)}"
    if kind == "test.add":
        return f"{sub} {clip(after.get('hypothesis'), 70)}"
    if kind == "test.result":
        return f"{sub} {after.get('outcome')}: {clip(after.get('result'), 60)}"
    if kind == "lesson.add":
        return f"{sub} {clip(after.get('text'), 70)}"
    if kind == "move":
        cycle = f"{t('col.cycle').lower()} {after.get('cycle')}"
        return f"{before.get('phase')} → {after.get('phase')} ({cycle})"
    if kind == "request.file":
        return f"{sub} {after.get('source')} → {after.get('dest')}"
    if kind == "request.approve":
        return f"{sub} {before.get('phase')} → {after.get('phase')}"
    if kind == "request.reject":
        back = f" → {after['phase']}" if "phase" in after else ""
        return f"{sub}{back}"
    if kind == "request.kill":
        return f"{sub} {before.get('phase')} → {after.get('phase')} ({after.get('lesson')})"
    if kind == "request.hold":
        return f"{sub} → {after.get('hold_until')}"
    if kind == "request.withdraw":
        return sub
    if kind == "area.resume":
        return f"{before.get('hold_until')} →"
    if kind == "area.assign":
        leads = ", ".join(after.get("ledartrojor", []))
        return f"fadder {after.get('fadder')} · {leads}"
    if kind == "person.roles":
        return f"{sub}: {', '.join(after.get('roles', []))}"
    if kind in ("delegation.add", "delegation.revoke"):
        return f"{after.get('delegate') or before.get('delegate')} → {after.get('until', '')}"
    if kind == "annotation":
        return f"{sub}: {clip(after.get('note'), 70)}"
    if kind == "denied":
        return f"{after.get('command')} {sub}".strip()
    return sub


def merge_preview(plan: dict[str, Any]) -> list[tuple[str, str]]:
    """What a merge would move where, as (text, style) pieces for the command line and the UI
    alike (each turns them into its own output)."""
    parts: list[tuple[str, str]] = [(t("merge.preview_title") + "\n", "bold")]
    for s in plan["sources"]:
        c = s["counts"]
        parts.append((f"{s['key']} ", "bold"))
        parts.append((f"{clip(s['question'], 50)} ({t('phase.' + s['phase'])})\n", ""))
        kept = t(
            "merge.keeps",
            activities=c["activity"],
            tests=c["trial"],
            lessons=c["lesson"],
            indicators=c["indicator"],
            ideas=c["idea"],
        )
        parts.append(("  " + kept + "\n", "dim"))
        if s["request"]:
            parts.append(("  " + t("merge.withdraws", request=s["request"]) + "\n", "yellow"))
    starts = t(
        "merge.starts",
        track=t(f"track.{plan['track']}"),
        phases=", ".join(plan["phases"]) or "–",
        phase=plan["phase"] or "–",
    )
    parts.append((starts, ""))
    for problem in plan["problems"]:
        parts.append((f"\n✗ {problem}", "red"))
    return parts


def stint_until(stint: dict[str, Any]) -> str:
    """Until when someone held a role on an area, and how it ended (or "now")."""
    until = stint["until"][:10] if stint["until"] else t("person.now")
    if stint["ended_by"]:
        until += f" ({t('person.ended.' + stint['ended_by'])})"
    return until
