"""The tertial report: the follow-up document, as data (JSON) and as Markdown."""

from __future__ import annotations

from typing import Any

from innovation.domain import period_of
from innovation.i18n import t
from innovation.present import local_minute
from innovation.service import Service
from innovation.service.reporting import bounds, previous_period
from innovation.text import md
from innovation.timeutil import local_date, utcnow
from innovation.words import phase_label


def build(
    svc: Service, period: str, only_round: str | None = None, revision: int | None = None
) -> dict[str, Any]:
    """The report's data for a period (service/reporting.py): a closed period's stored
    document, otherwise the world at the period's end."""
    return svc.report(period, only_round=only_round, revision=revision)


def to_markdown(report: dict[str, Any]) -> str:
    s = report["summary"]
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
    for a in report["assignments"]:
        out += ["", f"## {t('rep.assignment', title=md(a['title']))}", ""]
        if a["description"]:
            out += [md(a["description"]), ""]
        st = a["status"]
        if st:
            out.append(f"**{t('color.' + st['color']).capitalize()}**: {md(st['comment'])}")
            for label, value in (
                (t("rep.cause"), st["cause"]),
                (t("rep.measures"), st["measures"]),
            ):
                if value:
                    out.append(f"- {label}: {md(value)}")
        else:
            out.append(t("rep.no_assignment_status"))
        for horizon in ("1-2", "mandate"):
            items = [i for i in a["indicators"] if i["horizon"] == horizon]
            if items:
                out += ["", f"*{t('horizon.' + horizon).capitalize()}*", ""]
            for i in items:
                line = f"- {md(i['name'])}"
                if i["own"] is not None:
                    own = f"{i['own']:g} {md(i['unit'])}"
                    national = (
                        f"{i['national']:g} {md(i['unit'])}" if i["national"] is not None else "–"
                    )
                    line += (
                        f" ({t('rep.startlage', year=i['start_year'], own=own, national=national)})"
                    )
                if i["target"]:
                    line += f" → {md(i['target'])}"
                out.append(line)
    out += ["", f"## {t('rep.summary')}", ""]
    colors = ", ".join(f"{t(f'color.{c}')} {n}" for c, n in s["colors"].items())
    out.append(f"- {t('rep.colors')}: {colors}")
    out.append(
        f"- {t('rep.phases')}: "
        + ", ".join(f"{phase_label(p)} {n}" for p, n in s["phases"].items())
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
        out.append(f"### {a['key']} · {md(a['question'])}")
        out.append("")
        leads = ", ".join(md(x) for x in a["ledartrojor"])
        out.append(
            t(
                "rep.area_meta",
                track=t(f"track.{a['track']}"),
                phase=a["phase"],
                cycle=a["cycle"],
                fadder=md(a["fadder"]),
                leads=leads,
            )
        )
        out.append("")
        st = a["status"]
        if st:
            color = t("color." + st["color"]).capitalize()
            line = f"**{color}**"
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
                f"- {t('rep.hold', until=a['hold']['until'], reason=md(a['hold']['reason']))}"
            )
        for m in a["moves"]:
            out.append(f"- {m['at']}: {md(m['from'])} → {md(m['to'])}")
        for x in a["tests"]:
            if "hypothesis" in x:
                out.append(f"- {t('kind.test')} {x['key']}: {md(x['hypothesis'])}")
            else:
                out.append(f"- {t('kind.test')} {x['key']}: {x['outcome']}, {md(x['result'])}")
        for lesson in a["lessons"]:
            out.append(f"- {t('kind.lesson')}: {md(lesson)}")
        for p in a["collaborations"]:
            until = p["until"] or ""
            form = t("form." + p["form"])
            out.append(f"- {t('rep.partner')}: {md(p['name'])} ({form}, {p['since']}–{until})")
        for i in a["indicators"]:
            national = (
                f", {t('rep.national')} {i['national']:g}" if i["national"] is not None else ""
            )
            start = f"{i['baseline']:g} {md(i['unit'])} ({i['baseline_year']}{national})"
            out.append(f"- {md(i['name'])}: {start} → {md(i['target'])}; {md(latest_text(i))}")
        out.append("")
    out.append(f"---\n{t('rep.anchor', anchor=md(report['audit_anchor']))}")
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
    return period_of(local_date(utcnow()))


__all__ = ["bounds", "build", "current_period", "latest_text", "previous_period", "to_markdown"]
