"""Summaries shared by the CLI and the TUI: audit events, moves, merge previews, stints."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from innovation.i18n import has, t
from innovation.timeutil import as_utc, zone

if TYPE_CHECKING:
    from innovation.service.views import MergePlan, ScoreView, StintView

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


_PHASE_KEYS = frozenset({"phase", "back_to", "came_from"})
_MAYBE_PHASE = frozenset({"source", "dest"})  # a request's phases, or a value's source
_LABELLED = {"track": "track", "color": "color", "status": "status", "form": "form",
             "horizon": "horizon", "better": "better"}  # fmt: skip


def attr_label(key: str) -> str:
    """What a recorded value is called, in words ("fas", "vilande till")."""
    return t(f"attr.{key}") if has(f"attr.{key}") else key.replace("_", " ")


def value_words(key: str, value: Any) -> str:
    """A recorded value as a person reads it: phases, tracks, colours, outcomes and roles by
    their names, nothing as "None"."""
    from innovation.words import outcome_label, phase_label, track_label

    if value is None or value == "" or value == []:
        return "–"
    if isinstance(value, bool):
        return t("word.yes") if value else t("word.no")
    if isinstance(value, list):
        return ", ".join(value_words(key, v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{attr_label(k)} {value_words(k, v)}" for k, v in value.items())
    if isinstance(value, float):
        return f"{value:g}"
    text = str(value)
    if key in _PHASE_KEYS or key in _MAYBE_PHASE:
        return phase_label(text)
    if key == "outcome":
        return outcome_label(text)
    if key == "track":
        return track_label(text)
    if key == "roles":
        return t(f"role.{text}") if has(f"role.{text}") else text
    prefix = _LABELLED.get(key)
    if prefix and has(f"{prefix}.{text}"):
        return t(f"{prefix}.{text}")
    return text


# Values whose words depend on what the event is about: a period's status is open or closed,
# a request's is waiting or decided; an idea's kind and where it came from.
_BY_SUBJECT = {("period", "status"): "period", ("partner", "status"): "partner_status",
               ("idea", "kind"): "idea_kind", ("idea", "source"): "source"}  # fmt: skip


def _words(kind: str, key: str, value: Any) -> str:
    prefix = _BY_SUBJECT.get((kind.split(".")[0], key))
    if prefix and isinstance(value, str) and has(f"{prefix}.{value}"):
        return t(f"{prefix}.{value}")
    return value_words(key, value)


def changes(before: dict[str, Any], after: dict[str, Any], kind: str = "") -> list[str]:
    """What an event changed, one sentence per value."""
    lines = []
    for key, new in after.items():
        if key == "id":
            continue
        what = attr_label(key)
        what = what[:1].upper() + what[1:]
        if key in before and before[key] != new:
            old = _words(kind, key, before[key])
            lines.append(t("story.changed", what=what, before=old, after=_words(kind, key, new)))
        elif key not in before:
            lines.append(t("story.set", what=what, value=_words(kind, key, new)))
    for key, old in before.items():
        if key not in after and key != "id":
            what = attr_label(key)
            what = what[:1].upper() + what[1:]
            lines.append(t("story.removed", what=what, before=_words(kind, key, old)))
    return lines


def event_summary(
    kind: str, subject: str | None, before: dict[str, Any], after: dict[str, Any]
) -> str:
    """One line about an event, in words."""
    sub = subject or ""
    phase = "phase"
    if kind == "person.add":
        return f"{after.get('username')} ({value_words('roles', after.get('roles', []))})"
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
        outcome = value_words("outcome", after.get("outcome"))
        return f"{sub} {outcome}: {clip(after.get('result'), 60)}"
    if kind == "lesson.add":
        return f"{sub} {clip(after.get('text'), 70)}"
    if kind == "move":
        cycle = f"{t('col.cycle').lower()} {after.get('cycle')}"
        moved = f"{value_words(phase, before.get(phase))} → {value_words(phase, after.get(phase))}"
        return f"{moved} ({cycle})"
    if kind == "request.file":
        return f"{sub} {value_words(phase, after.get('source'))} → {value_words(phase, after.get('dest'))}"  # noqa: E501
    if kind in ("request.approve", "request.kill"):
        moved = f"{value_words(phase, before.get(phase))} → {value_words(phase, after.get(phase))}"
        lesson = f" ({clip(after.get('lesson'), 60)})" if after.get("lesson") else ""
        return f"{sub} {moved}{lesson}"
    if kind == "request.reject":
        back = f" → {value_words(phase, after[phase])}" if phase in after else ""
        return f"{sub}{back}"
    if kind == "request.hold":
        return f"{sub}: {attr_label('hold_until')} {value_words('hold_until', after.get('hold_until'))}"  # noqa: E501
    if kind == "request.withdraw":
        return sub
    if kind == "area.resume":
        return t("story.resumed")
    if kind == "area.assign":
        leads = ", ".join(after.get("ledartrojor", []))
        return f"{t('role.fadder')} {after.get('fadder')} · {leads}"
    if kind == "person.roles":
        return f"{sub}: {value_words('roles', after.get('roles', []))}"
    if kind in ("delegation.add", "delegation.revoke"):
        delegate = str(after.get("delegate") or before.get("delegate") or "")
        until = after.get("until")
        return f"{delegate}, {attr_label('until')} {until}" if until else delegate
    if kind == "annotation":
        return f"{sub}: {clip(after.get('note'), 70)}"
    if kind == "denied":
        return f"{after.get('command')} {sub}".strip()
    said = changes(before, after, kind)
    joined = " · ".join(said)
    return clip(f"{sub}: {joined}" if sub and said else (sub or joined), 120)


def merge_preview(plan: MergePlan) -> list[tuple[str, str]]:
    """What a merge would move where, as (text, style) pieces for the command line and the UI
    alike (each turns them into its own output)."""
    parts: list[tuple[str, str]] = [(t("merge.preview_title") + "\n", "bold")]
    for s in plan.sources:
        c = s.counts
        parts.append((f"{s.key} ", "bold"))
        parts.append((f"{clip(s.question, 50)} ({value_words('phase', s.phase)})\n", ""))
        kept = t(
            "merge.keeps",
            activities=c["activity"],
            tests=c["trial"],
            lessons=c["lesson"],
            indicators=c["indicator"],
            ideas=c["idea"],
        )
        parts.append(("  " + kept + "\n", "dim"))
        if s.request:
            parts.append(("  " + t("merge.withdraws", request=s.request) + "\n", "yellow"))
    starts = t(
        "merge.starts",
        track=value_words("track", plan.track),
        phases=", ".join(plan.phases) or "–",
        phase=plan.phase or "–",
    )
    parts.append((starts, ""))
    for problem in plan.problems:
        parts.append((f"\n✗ {problem}", "red"))
    return parts


def score_line(score: ScoreView, by: str) -> str:
    """One person's weighing of an idea, on one line."""
    return t(
        "out.score_line",
        by=by,
        effect=score.effect,
        cost=score.cost,
        speed=score.speed,
        reason=score.reason,
    )


def stint_until(stint: StintView) -> str:
    """Until when someone held a role on an area, and how it ended (or "now")."""
    until = stint.until[:10] if stint.until else t("person.now")
    if stint.ended_by:
        until += f" ({t('person.ended.' + stint.ended_by)})"
    return until


def latest_text(indicator: dict[str, Any]) -> str:
    """An indicator's newest value, and Kolada's colour for it apart from ours."""
    latest = indicator["latest"]
    if latest is None:
        return t("rep.no_value")
    value = f"{latest['value']:g} {indicator['unit']}"
    text = t("rep.latest", value=value, year=latest["year"], source=latest["source"])
    if latest["kolada_colour"]:
        colour = t(f"color.{latest['kolada_colour']}")
        text += "; " + t(
            "rep.kolada_colour", colour=colour, rank=latest["rank"], of=latest["ranked"]
        )
    return text
