"""The tertial report: the follow-up document, as data (JSON) and as Markdown."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from innovation.domain import NotFound, parse_period, period_of
from innovation.i18n import t
from innovation.service import Service
from innovation.service.followup import AreaWork
from innovation.service.views import to_json
from innovation.timeutil import iso, utcnow


def previous_period(period: str) -> str:
    year, part = int(period[:4]), int(period[-1])
    return f"{year - 1}-T3" if part == 1 else f"{year}-T{part - 1}"


def bounds(period: str) -> tuple[date, date]:
    """First day of the tertial, and the first day after it."""
    year, part = int(period[:4]), int(period[-1])
    start = date(year, 1 + (part - 1) * 4, 1)
    end = date(year + 1, 1, 1) if part == 3 else date(year, 1 + part * 4, 1)
    return start, end


def build(svc: Service, period: str, only_round: str | None = None) -> dict[str, Any]:
    """The report's data for a period, of every area or only one round's."""
    key = parse_period(period)
    start, end = bounds(key)
    periods = {p["key"]: p for p in svc.list_periods()}
    statuses = svc.statuses(key)
    if only_round is not None:
        rounds = [r["name"] for r in svc.list_rounds()]
        if only_round not in rounds:
            raise NotFound("error.unknown_round", name=only_round, known=", ".join(rounds) or "–")
    # One read of the areas: those still going are reported, the merged ones listed if the
    # merge fell in the period.
    everything = svc.list_areas(merged=True, round=only_round)
    areas = [a for a in everything if not a.merged_into]
    keys = {a.key for a in areas}
    collaborations = [c for c in svc.collaboration_count(start, end)["items"] if c["area"] in keys]
    before = [
        c
        for c in svc.collaboration_count(*bounds(previous_period(key)))["items"]
        if c["area"] in keys
    ]
    by_area_partners: dict[str, list[dict[str, Any]]] = {}
    for c in collaborations:
        by_area_partners.setdefault(c["area"], []).append(c)
    merged = [
        {"key": a.key, "into": a.merged_into}
        for a in everything
        if a.merged_into and a.merged_at and start.isoformat() <= a.merged_at[:10] < end.isoformat()
    ]
    by_area = svc.period_work(start, end)
    names = svc.person_names()
    count, head = svc.head()
    moves = lessons = adoptions = 0
    waiting = svc.list_requests(mine=False)
    timing = svc.time_in_phase()
    indicators = svc.indicators_by_area(until=start.year)
    rows: list[dict[str, Any]] = []
    for a in areas:
        work: AreaWork = by_area.get(a.key) or {"moves": [], "tests": [], "lessons": []}
        area_moves, area_lessons = work["moves"], work["lessons"]
        moves += len(area_moves)
        lessons += len(area_lessons)
        adoptions += sum(1 for m in area_moves if m["to"] == "adopt")
        rows.append(
            {
                "key": a.key,
                "question": a.question,
                "track": a.track,
                "round": a.round,
                "phase": a.phase,
                "cycle": a.cycle,
                "fadder": names.get(a.fadder, a.fadder),
                "ledartrojor": [names.get(u, u) for u in a.ledartrojor],
                "status": statuses.get(a.key),
                "moves": area_moves,
                "tests": work["tests"],
                "lessons": area_lessons,
                "indicators": [
                    {
                        "name": i.name,
                        "unit": i.unit,
                        "baseline_year": i.baseline_year,
                        "baseline": i.baseline,
                        "national": i.national,
                        "target": i.target,
                        "better": i.better,
                        "latest": to_json(i.latest),
                    }
                    for i in indicators.get(a.key, [])
                ],
                "hold": {"until": a.hold_until, "reason": a.hold_reason} if a.hold_until else None,
                "hold_due": bool(a.hold_until and a.hold_until <= key),
                "collaborations": by_area_partners.get(a.key, []),
                "time_in_phase": timing.get(a.key, {}),
            }
        )
    colors = Counter(r["status"]["color"] if r["status"] else "missing" for r in rows)
    over_periods = {}
    for p in sorted(periods):
        counted = Counter(s["color"] for s in svc.statuses(p).values())
        over_periods[p] = {c: counted.get(c, 0) for c in ("gron", "gul", "rod")}
    per_phase: dict[str, list[int]] = {}
    for r in rows:
        for phase, spent in r["time_in_phase"].items():
            per_phase.setdefault(phase, []).append(int(spent["days"]))
    return {
        "colors_over_periods": over_periods,
        "days_per_phase": {p: round(sum(v) / len(v)) for p, v in per_phase.items()},
        "assignments": svc.assignments(key),
        "period": key,
        "round": only_round,
        "period_status": periods.get(key, {}).get("status", "not opened"),
        "generated_at": iso(svc.clock()),
        "audit_anchor": f"{count}:{head}",
        "summary": {
            "areas": len(rows),
            "colors": {c: colors.get(c, 0) for c in ("gron", "gul", "rod", "missing")},
            "phases": dict(Counter(r["phase"] for r in rows)),
            "tracks": dict(Counter(r["track"] for r in rows)),
            "moves": moves,
            "adoptions": adoptions,
            "lessons": lessons,
            "requests_waiting": [
                {"key": r.key, "area": r.area, "move": f"{r.source} → {r.dest}", "days": r.age_days}
                for r in waiting
            ],
            "missing": [r["key"] for r in rows if not r["status"]],
            "holds_due": [r["key"] for r in rows if r["hold_due"]],
            "collaborations": {
                "total": len(collaborations),
                "by_form": dict(Counter(c["form"] for c in collaborations)),
                "previous_period": len(before),
            },
            "merged": merged,
            "over_time": [
                r["key"] for r in rows if r["time_in_phase"].get(r["phase"], {}).get("over")
            ],
        },
        "areas": rows,
    }


def to_markdown(report: dict[str, Any]) -> str:
    s = report["summary"]
    out = [f"# {t('rep.title', period=report['period'])}", ""]
    out.append(
        t(
            "rep.meta",
            status=t("period." + report["period_status"].replace(" ", "_")),
            at=report["generated_at"][:16].replace("T", " "),
        )
    )
    for a in report["assignments"]:
        out += ["", f"## {t('rep.assignment', title=a['title'])}", ""]
        if a["description"]:
            out += [a["description"], ""]
        st = a["status"]
        if st:
            out.append(f"**{t('color.' + st['color']).capitalize()}**: {st['comment']}")
            for label, value in (
                (t("rep.cause"), st["cause"]),
                (t("rep.measures"), st["measures"]),
            ):
                if value:
                    out.append(f"- {label}: {value}")
        else:
            out.append(t("rep.no_assignment_status"))
        for horizon in ("1-2", "mandate"):
            items = [i for i in a["indicators"] if i["horizon"] == horizon]
            if items:
                out += ["", f"*{t('horizon.' + horizon).capitalize()}*", ""]
            for i in items:
                line = f"- {i['name']}"
                if i["own"] is not None:
                    own = f"{i['own']:g} {i['unit']}"
                    national = (
                        f"{i['national']:g} {i['unit']}" if i["national"] is not None else "–"
                    )
                    line += (
                        f" ({t('rep.startlage', year=i['start_year'], own=own, national=national)})"
                    )
                if i["target"]:
                    line += f" → {i['target']}"
                out.append(line)
    out += ["", f"## {t('rep.summary')}", ""]
    colors = ", ".join(f"{t(f'color.{c}')} {n}" for c, n in s["colors"].items())
    out.append(f"- {t('rep.colors')}: {colors}")
    out.append(
        f"- {t('rep.phases')}: "
        + ", ".join(f"{t('phase.' + p)} {n}" for p, n in s["phases"].items())
    )
    out.append(
        f"- {t('rep.tracks')}: "
        + ", ".join(f"{t(f'track.{k}')} {n}" for k, n in s["tracks"].items())
    )
    out.append(
        f"- {t('rep.activity', moves=s['moves'], adoptions=s['adoptions'], lessons=s['lessons'])}"
    )
    if s["requests_waiting"]:
        waiting = ", ".join(
            f"{r['key']} ({r['area']}, {r['days']} d)" for r in s["requests_waiting"]
        )
        out.append(f"- {t('rep.waiting')}: {waiting}")
    c = s["collaborations"]
    forms = ", ".join(f"{t('form.' + f)} {n}" for f, n in sorted(c["by_form"].items()))
    out.append(
        f"- {t('rep.collaborations', n=c['total'], previous=c['previous_period'])}"
        + (f" ({forms})" if forms else "")
    )
    if s["merged"]:
        merged = ", ".join(f"{m['key']} → {m['into']}" for m in s["merged"])
        out.append(f"- {t('rep.merged')}: {merged}")
    if s["missing"]:
        out.append(f"- {t('rep.missing')}: {', '.join(s['missing'])}")
    if s["holds_due"]:
        out.append(f"- {t('rep.holds_due')}: {', '.join(s['holds_due'])}")
    if s["over_time"]:
        out.append(f"- {t('rep.over_time')}: {', '.join(s['over_time'])}")
    out += ["", f"## {t('rep.areas')}", ""]
    if any(
        i["latest"] and i["latest"]["kolada_colour"]
        for a in report["areas"]
        for i in a["indicators"]
    ):
        out += [f"*{t('rep.kolada_note')}*", ""]
    for a in report["areas"]:
        out.append(f"### {a['key']} · {a['question']}")
        out.append("")
        leads = ", ".join(a["ledartrojor"])
        out.append(
            t(
                "rep.area_meta",
                track=t(f"track.{a['track']}"),
                phase=a["phase"],
                cycle=a["cycle"],
                fadder=a["fadder"],
                leads=leads,
            )
        )
        out.append("")
        st = a["status"]
        if st:
            color = t("color." + st["color"]).capitalize()
            line = f"**{color}**"
            if st["amended"]:
                line += f" ({t('rep.amended')}: {st['amend_reason']})"
            out.append(line)
            for label, value in (
                (t("rep.cause"), st["cause"]),
                (t("rep.measures"), st["measures"]),
                (t("rep.comment"), st["comment"]),
            ):
                if value:
                    out.append(f"- {label}: {value}")
        else:
            out.append(f"**{t('color.missing').capitalize()}**")
        spent = ", ".join(
            f"{p} {v['days']} d" + (" ⚠" if v["over"] else "")
            for p, v in a["time_in_phase"].items()
        )
        if spent:
            out.append(f"- {t('rep.time_in_phase')}: {spent}")
        if a["hold"]:
            out.append(
                f"- {t('rep.hold', until=a['hold']['until'], reason=a['hold']['reason'] or '')}"
            )
        for m in a["moves"]:
            out.append(f"- {m['at']}: {m['from']} → {m['to']}")
        for x in a["tests"]:
            if "hypothesis" in x:
                out.append(f"- {t('kind.test')} {x['key']}: {x['hypothesis']}")
            else:
                out.append(f"- {t('kind.test')} {x['key']}: {x['outcome']}, {x['result']}")
        for lesson in a["lessons"]:
            out.append(f"- {t('kind.lesson')}: {lesson}")
        for p in a["collaborations"]:
            until = p["until"] or ""
            form = t("form." + p["form"])
            out.append(f"- {t('rep.partner')}: {p['name']} ({form}, {p['since']}–{until})")
        for i in a["indicators"]:
            national = (
                f", {t('rep.national')} {i['national']:g}" if i["national"] is not None else ""
            )
            start = f"{i['baseline']:g} {i['unit']} ({i['baseline_year']}{national})"
            out.append(f"- {i['name']}: {start} → {i['target']}; {latest_text(i)}")
        out.append("")
    out.append(f"---\n{t('rep.anchor', anchor=report['audit_anchor'])}")
    return "\n".join(out) + "\n"


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


def current_period() -> str:
    return period_of(utcnow().date())
