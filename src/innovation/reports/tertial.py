"""The tertial report: the follow-up document, as data (JSON) and as Markdown."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from innovation.domain import period_of
from innovation.i18n import t, tn
from innovation.present import latest_text, local_minute
from innovation.service import Service
from innovation.service.reporting import bounds, previous_period
from innovation.text import md
from innovation.timeutil import local_date, utcnow
from innovation.words import phase_label, track_label


def build(
    svc: Service, period: str, only_round: str | None = None, revision: int | None = None
) -> dict[str, Any]:
    """The report's data for a period (service/reporting.py): a closed period's stored
    document, otherwise the world at the period's end."""
    return svc.report(period, only_round=only_round, revision=revision)


def activity_line(s: dict[str, Any]) -> str:
    """The period's moves, adoptions and lessons, each in its grammatical number."""
    return t(
        "rep.activity",
        moves=tn("count.moves", s["moves"]),
        adoptions=tn("count.adoptions", s["adoptions"]),
        lessons=tn("count.lessons", s["lessons"]),
    )


def _table(headers: list[str], rows: list[list[str]]) -> list[str]:
    """A Markdown table (cells already escaped with md where a person wrote them)."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join(" --- " for _ in headers) + "|"]
    lines += ["| " + " | ".join(cell or "–" for cell in row) + " |" for row in rows]
    return [*lines, ""]


def _num(value: Any, unit: str = "") -> str:
    if value is None:
        return "–"
    text = f"{value:g}" if isinstance(value, float) else str(value)
    return f"{text} {md(unit)}".strip() if unit else text


def _colour(color: str) -> str:
    return f"**{t('color.' + color).capitalize()}**"


def _assignment(a: dict[str, Any], colour_by: str) -> list[str]:
    out = ["", f"## {t('rep.assignment', title=md(a['title']))}", ""]
    if a.get("goal_area"):
        out += [t("rep.goal_area", name=md(a["goal_area"])), ""]
    if a["description"]:
        out += [md(a["description"]), ""]
    out += [f"- {md(point)}" for point in a.get("points") or []]
    if a.get("points"):
        out.append("")
    for title, text in ((t("rep.nulage"), a.get("nulage")), (t("rep.nylage"), a.get("nylage"))):
        if text:
            out += [f"### {title}", "", md(text), ""]
    for horizon in ("1-2", "mandate"):
        items = [i for i in a["indicators"] if i["horizon"] == horizon]
        if not items:
            continue
        out += [f"### {t('rep.followup_horizon', horizon=t('horizon.' + horizon))}", ""]
        rows = []
        for i in items:
            unit = i["unit"] or ""
            start = f"{_num(i['own'], unit)} ({i['start_year']})" if i["own"] is not None else "–"
            latest = i.get("latest")
            now = f"{_num(latest['value'], unit)} ({latest['year']})" if latest else "–"
            verdict = i.get("verdict") or "unknown"
            rows.append(
                [
                    md(i["name"]),
                    start,
                    _num(i["national"], unit),
                    now,
                    md(i["target"] or ""),
                    t(f"verdict.{verdict}"),
                ]
            )
        out += _table(
            [
                t("rep.col_indicator"),
                t("rep.col_start"),
                t("rep.col_national"),
                t("rep.col_latest"),
                t("rep.col_target"),
                t("rep.col_verdict"),
            ],
            rows,
        )
    st = a["status"]
    if st:
        out += [f"{_colour(st['color'])}: {md(st['comment'])}"]
        for label, value in ((t("rep.cause"), st["cause"]), (t("rep.measures"), st["measures"])):
            if value:
                out.append(f"- {label}: {md(value)}")
    elif colour_by in ("assignment", "both"):
        out.append(t("rep.no_assignment_status"))
    if a.get("areas"):
        out += ["", t("rep.served_by", areas=", ".join(a["areas"]))]
    return out


def _legend(report: dict[str, Any]) -> list[str]:
    legend = report.get("legend") or {}
    out = ["", f"*{t('rep.legend')}*", ""]
    out += [f"- {md(legend.get(c) or t(f'legend.{c}'))}" for c in ("gron", "gul", "rod")]
    return [*out, f"- {t('legend.rule')}"]


def _cocreation_rows(now: dict[str, int], before: dict[str, int]) -> list[list[str]]:
    keys = ("occasions", "residents", "staff", "managers")
    return [
        [t("rep.this_period"), *(str(now.get(k, 0)) for k in keys)],
        [t("rep.previous_period"), *(str(before.get(k, 0)) for k in keys)],
    ]


_COCREATION_HEAD = (
    "rep.col_period",
    "rep.col_occasions",
    "rep.col_residents",
    "rep.col_staff",
    "rep.col_managers",
)


def to_markdown(report: dict[str, Any]) -> str:
    """The report as Markdown with real tables: the source of the HTML, PDF and Word files."""
    s = report["summary"]
    colour_by = report.get("colour_by", "both")  # reports frozen before the setting asked both
    out = [f"# {t('rep.title', period=report['period'])}", ""]
    # Which day the report describes, and that a running period reads as of today.
    as_of = report.get("as_of")
    if as_of is None:
        day = ""
    elif report.get("as_of_today"):
        day = t("rep.as_of_today", day=as_of)
    else:
        day = t("rep.as_of", day=as_of)
    revision = report.get("revision")
    out.append(
        t(
            "rep.meta",
            status=t("period." + report["period_status"].replace(" ", "_")),
            as_of=day,
            at=local_minute(report["generated_at"]),
            revision=t("rep.revision", n=revision) if revision else "",
        )
    )
    steering = report.get("steering") or {}
    if steering.get("vision") or steering.get("goal_areas"):
        out += ["", f"## {t('rep.introduction')}", ""]
        if steering.get("vision"):
            out += [f"*{t('rep.vision')}*: {md(steering['vision'])}", ""]
        for g in steering.get("goal_areas", []):
            out += [f"**{md(g['name'])}**", ""]
            out += [f"- {md(goal)}" for goal in g["goals"]]
            out.append("")
    for a in report["assignments"]:
        out += _assignment(a, colour_by)
    out += _legend(report)
    out += ["", f"## {t('rep.summary')}", ""]
    if "cocreation" in s:
        out += [f"*{t('rep.cocreation')}*", ""]
        out += _table(
            [t(h) for h in _COCREATION_HEAD],
            _cocreation_rows(s["cocreation"], s.get("cocreation_before", {})),
        )
    if colour_by in ("area", "both"):
        colors = ", ".join(f"{t(f'color.{c}')} {n}" for c, n in s["colors"].items())
        out.append(f"- {t('rep.colors')}: {colors}")
    out.append(
        f"- {t('rep.phases')}: "
        + ", ".join(f"{phase_label(p)} {n}" for p, n in s["phases"].items())
    )
    out.append(
        f"- {t('rep.tracks')}: "
        + ", ".join(f"{track_label(k)} {n}" for k, n in s["tracks"].items())
    )
    out.append(f"- {activity_line(s)}")
    ideas = s.get("ideas")
    if ideas:
        out.append(f"- {t('rep.ideas', **{k: ideas.get(k, 0) for k in _IDEA_KEYS})}")
    if s["requests_waiting"]:
        waiting = ", ".join(
            f"{r['key']} ({r['area']}, {t('word.days', n=r['days'])})"
            for r in s["requests_waiting"]
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
    out += _organisation(report)
    out += ["", f"## {t('rep.areas')}", ""]
    if any(
        i["latest"] and i["latest"]["kolada_colour"]
        for a in report["areas"]
        for i in a["indicators"]
    ):
        out += [f"*{t('rep.kolada_note')}*", ""]
    for a in report["areas"]:
        out += _area(a, colour_by)
    out.append(f"---\n{t('rep.anchor', anchor=md(report['audit_anchor']))}")
    return "\n".join(out) + "\n"


_IDEA_KEYS = ("proposed", "from_residents", "promoted", "stop")


def _organisation(report: dict[str, Any]) -> list[str]:
    """The organisation's own work, trainings and partners (reports made before the program
    kept them have none of it)."""
    work = report.get("org_work") or {"done": [], "planned": []}
    trainings = report.get("trainings") or []
    partners = report.get("partners") or []
    if not (work["done"] or work["planned"] or trainings or partners):
        return []
    out = ["", f"## {t('rep.organisation')}", ""]
    if work["done"]:
        out += _table(
            [
                t("rep.col_day"),
                t("rep.col_kind"),
                t("rep.col_activity"),
                t("rep.col_residents"),
                t("rep.col_staff"),
                t("rep.col_managers"),
            ],
            [
                [
                    w["done_on"],
                    md(w["kind"]),
                    md(w["title"]),
                    str(w["residents"]),
                    str(w["staff"]),
                    str(w["managers"]),
                ]
                for w in work["done"]
            ],
        )
    if work["planned"]:
        out += [f"*{t('rep.planned')}*", ""]
        out += [f"- {w['planned_on']}: {md(w['title'])} ({md(w['kind'])})" for w in work["planned"]]
        out.append("")
    if trainings:
        out += [f"*{t('rep.trainings')}*", ""]
        out += [
            f"- {x['on']}: {t('rep.trained', trainer=md(x['trainer']), trainee=md(x['trainee']), topic=md(x['topic']))}"  # noqa: E501
            for x in trainings
        ]
        out.append("")
    if partners:
        out += [f"*{t('rep.partners')}*", ""]
        out += [f"- {md(p['name'])}: {t('partner_status.' + p['status'])}" for p in partners]
        out.append("")
    return out


def _area(a: dict[str, Any], colour_by: str) -> list[str]:
    out = [f"### {a['key']} · {md(a['question'])}", ""]
    leads = ", ".join(md(x) for x in a["ledartrojor"])
    out += [
        t(
            "rep.area_meta",
            track=track_label(a["track"]),
            phase=phase_label(a["phase"], a["track"]),
            cycle=a["cycle"],
            fadder=md(a["fadder"]),
            leads=leads,
        ),
        "",
    ]
    if a.get("serves"):
        out += [t("rep.serves", titles=", ".join(md(x) for x in a["serves"])), ""]
    st = a["status"]
    if st:
        line = _colour(st["color"])
        if st["amended"]:
            line += f" ({t('rep.amended')}: {md(st['amend_reason'])})"
        out.append(line)
        for label, value in (
            (t("rep.cause"), st["cause"]),
            (t("rep.measures"), st["measures"]),
            (t("rep.comment"), st["comment"]),
        ):
            if value:
                out.append(f"- {label}: {md(value)}")
    elif colour_by in ("area", "both"):
        out.append(f"**{t('color.missing').capitalize()}**")
    if "cocreation" in a:
        out += [
            "",
            *_table(
                [t(h) for h in _COCREATION_HEAD],
                _cocreation_rows(a["cocreation"], a.get("cocreation_before", {})),
            ),
        ]
    statements = a.get("statements") or {}
    for name in ("scope", "nylage", "owner"):
        if statements.get(name):
            out.append(f"- {t('show.' + name)}: {md(statements[name])}")
    ideas = a.get("ideas")
    if ideas and ideas.get("proposed"):
        out.append(f"- {t('rep.ideas', **{k: ideas.get(k, 0) for k in _IDEA_KEYS})}")
    spent = ", ".join(
        f"{phase_label(p, a['track'])} {t('word.days', n=v['days'])}" + (" ⚠" if v["over"] else "")
        for p, v in a["time_in_phase"].items()
    )
    if spent:
        out.append(f"- {t('rep.time_in_phase')}: {spent}")
    if a["hold"]:
        out.append(f"- {t('rep.hold', until=a['hold']['until'], reason=md(a['hold']['reason']))}")
    for m in a["moves"]:
        moved = f"{phase_label(m['from'], a['track'])} → {phase_label(m['to'], a['track'])}"
        out.append(f"- {m['at']}: {md(moved)}")
    for x in a["tests"]:
        if "hypothesis" in x:
            out.append(f"- {t('kind.test')} {x['key']}: {md(x['hypothesis'])}")
        else:
            outcome = t("outcome." + x["outcome"]) if x.get("outcome") else ""
            out.append(f"- {t('kind.test')} {x['key']}: {outcome}, {md(x['result'])}")
    for lesson in a["lessons"]:
        out.append(f"- {t('kind.lesson')}: {md(lesson)}")
    for p in a["collaborations"]:
        until = p["until"] or ""
        form = t("form." + p["form"])
        out.append(f"- {t('rep.partner')}: {md(p['name'])} ({form}, {p['since']}–{until})")
    for i in a["indicators"]:
        national = f", {t('rep.national')} {i['national']:g}" if i["national"] is not None else ""
        start = f"{i['baseline']:g} {md(i['unit'])} ({i['baseline_year']}{national})"
        out.append(f"- {md(i['name'])}: {start} → {md(i['target'])}; {md(latest_text(i))}")
    out.append("")
    return out


def current_period(now: datetime | None = None) -> str:
    """The tertial running at `now` (the clock's moment; by default this one), by local day."""
    return period_of(local_date(now or utcnow()))


__all__ = ["bounds", "build", "current_period", "latest_text", "previous_period", "to_markdown"]
