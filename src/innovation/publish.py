"""Insyn: a static public site for residents, in Swedish and English. What each area asked,
how many took part, what was tested and what came of it, the lessons, what was adopted and who
owns it now, the partners; the assignment with its indicators and its latest colour; how to
send an idea. Only what is meant to be public: no person's name unless the workspace allows
staff names, never a resident's, no notes, ideas' texts, comments on hand-overs or annotations.
No JavaScript; it prints well; an Atom feed of changes; every page names the audit anchor it
was made from. Accessible (WCAG 2.1 AA): landmarks, a skip link, one h1, tables with headers,
the language of every page, colour never alone."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from innovation.i18n import t
from innovation.service.views import to_json
from innovation.words import outcome_label, phase_label

if TYPE_CHECKING:
    from innovation.service import Service

# What of the trail is news for residents (the feed), and nothing else.
FEED_KINDS = (
    "area.create",
    "move",
    "request.approve",
    "test.add",
    "test.result",
    "lesson.add",
    "activity.add",
)

CSS = """
:root { --ink: #1b1b1b; --muted: #4a4a4a; --line: #767676; --link: #0b4f9c; --bg: #ffffff; }
* { box-sizing: border-box; }
body { font-family: system-ui, "DejaVu Sans", sans-serif; color: var(--ink);
       background: var(--bg); line-height: 1.5; margin: 0; }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; outline: 3px solid #000; }
header, main, footer { max-width: 48rem; margin: 0 auto; padding: 1rem; }
header { border-bottom: 1px solid var(--line); }
nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem;
         margin: .5rem 0 0; }
a { color: var(--link); text-decoration: underline; }
a:focus { outline: 3px solid #000; outline-offset: 2px; }
h1 { font-size: 1.8rem; line-height: 1.25; } h2 { margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left;
         vertical-align: top; }
caption { text-align: left; font-weight: 600; margin-bottom: .3rem; }
.muted, footer { color: var(--muted); }
.colour::before { content: "● "; }
.colour-gron::before { color: #1b5e20; } .colour-gul::before { color: #8a6100; }
.colour-rod::before { color: #b71c1c; }
@media print { nav, .skip { display: none; } a { color: inherit; }
               header, main, footer { max-width: none; } }
"""


@dataclass
class Site:
    pages: int
    anchor: str


def publish(svc: Service, out: Path) -> Site:
    """Writes the site into `out` (made afresh: a page of an area no longer public goes)."""
    count, head = svc.head()
    anchor = f"{count}:{head}"
    settings = svc.settings()
    data = _read(svc, settings.get("publish.staff_names") == "yes")
    part = out.with_name(out.name + ".part")
    if part.exists():
        shutil.rmtree(part)
    part.mkdir(parents=True)
    pages = 0
    for lang, root in (("sv", part), ("en", part / "en")):
        root.mkdir(exist_ok=True)
        (root / "style.css").write_text(CSS, encoding="utf-8")
        prefix = "" if lang == "sv" else "en/"
        page = _Page(lang, anchor, settings.get("publish.idea_link") or "", prefix)
        (root / "index.html").write_text(page.index(data), encoding="utf-8")
        pages += 1
        (root / "area").mkdir(exist_ok=True)
        for area in data["areas"]:
            (root / "area" / f"{area['key']}.html").write_text(
                page.area(area, data), encoding="utf-8"
            )
            pages += 1
        (root / "feed.xml").write_text(_feed(data, lang, anchor), encoding="utf-8")
    if out.exists():
        shutil.rmtree(out)
    part.replace(out)
    return Site(pages, anchor)


def _read(svc: Service, staff_names: bool) -> dict[str, Any]:
    """Everything the site shows, read once; only public fields are kept."""
    names = svc.person_names() if staff_names else {}
    areas = []
    for a in svc.list_areas():
        d = svc.show_area(a.key)
        areas.append(
            {
                "key": d.key,
                "question": d.question,
                "track": d.track,
                "phase": d.phase,
                "end": _is_end(svc, d.track, d.phase),
                "owner": d.owner,
                "scope": d.scope,
                "nylage": d.nylage,
                "activities": [
                    {
                        "date": x.date,
                        "kind": x.kind,
                        "residents": x.residents,
                        "staff": x.staff,
                        "managers": x.managers,
                    }
                    for x in d.activities
                ],
                "tests": [
                    {"hypothesis": x.hypothesis, "result": x.result, "outcome": x.outcome}
                    for x in d.tests
                ],
                "lessons": [x.text for x in d.lessons],
                "partners": [{"name": c.name, "form": c.form} for c in d.collaborations],
                "people": {
                    "fadder": names.get(d.fadder),
                    "leads": [names.get(u) for u in d.ledartrojor],
                }
                if staff_names
                else None,
            }
        )
    # Each assignment with its latest reported colour (the newest period that has one).
    periods = [p.key for p in svc.list_periods()]
    assignments: list[dict[str, Any]] = [
        {**to_json(x), "period": None} for x in svc.assignments(None)
    ]
    for period in reversed(periods):
        for x, reported in zip(assignments, svc.assignments(period), strict=True):
            if x["status"] is None and reported.status is not None:
                x["status"], x["period"] = to_json(reported.status), period
    events = [e for kind in FEED_KINDS for e in svc.audit_list(kind=kind)]
    events.sort(key=lambda e: e.id, reverse=True)
    feed = [{"id": e.id, "at": e.at, "on": e.on, "kind": e.kind, "area": e.area} for e in events]
    public = {a["key"] for a in areas}
    return {
        "areas": areas,
        "assignments": assignments,
        "feed": [e for e in feed if e["area"] in public][:50],
    }


def _is_end(svc: Service, track: str, phase: str) -> bool:
    found = svc.flows.get(track).flow.phase(phase)
    return bool(found and found.end)


class _Page:
    def __init__(self, lang: str, anchor: str, idea_link: str, prefix: str) -> None:
        self.lang = lang
        self.anchor = anchor
        self.idea_link = idea_link
        self.prefix = prefix  # the language's folder, for the other language's link

    def t(self, msg: str, /, **params: Any) -> str:
        return t(msg, lang=self.lang, **params)

    def frame(self, title: str, body: str, depth: int, other: str) -> str:
        up = "../" * depth
        other_lang = "en" if self.lang == "sv" else "sv"
        other_href = _other_href(self.lang, depth, other)
        idea = ""
        if self.idea_link:
            idea = (
                f'<li><a href="{escape(self.idea_link, quote=True)}">'
                f"{escape(self.t('pub.send_idea'))}</a></li>"
            )
        return (
            f'<!doctype html>\n<html lang="{self.lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(title)} – {escape(self.t('pub.site'))}</title>\n"
            f'<link rel="stylesheet" href="{up}style.css">\n'
            f'<link rel="alternate" type="application/atom+xml" href="{up}feed.xml"'
            f' title="{escape(self.t("pub.feed"), quote=True)}">\n</head>\n<body>\n'
            f'<a class="skip" href="#main">{escape(self.t("pub.skip"))}</a>\n'
            f"<header>\n<p><strong>{escape(self.t('pub.site'))}</strong></p>\n"
            f'<nav aria-label="{escape(self.t("pub.nav"), quote=True)}"><ul>'
            f'<li><a href="{up}index.html">{escape(self.t("pub.home"))}</a></li>'
            f"{idea}"
            f'<li><a href="{up}feed.xml">{escape(self.t("pub.feed"))}</a></li>'
            f'<li><a href="{other_href}" hreflang="{other_lang}" lang="{other_lang}">'
            f"{escape(self.t('pub.in_other'))}</a></li>"
            f"</ul></nav>\n</header>\n"
            f'<main id="main">\n{body}\n</main>\n'
            f"<footer>\n<p>{escape(self.t('pub.anchor', anchor=self.anchor))}</p>\n"
            f"</footer>\n</body>\n</html>\n"
        )

    def index(self, data: dict[str, Any]) -> str:
        out = [f"<h1>{escape(self.t('pub.title'))}</h1>", f"<p>{escape(self.t('pub.intro'))}</p>"]
        for a in data["assignments"]:
            out.append(f"<h2>{escape(self.t('pub.assignment', title=a['title']))}</h2>")
            if a["description"]:
                out.append(f"<p>{escape(a['description'])}</p>")
            if a.get("points"):
                out.append("<ul>" + "".join(f"<li>{escape(p)}</li>" for p in a["points"]) + "</ul>")
            st = a["status"]
            if st:
                colour = st["color"]
                out.append(
                    f'<p><span class="colour colour-{colour}">'
                    f"{escape(self.t('pub.colour', period=a['period'] or '', colour=t('color.' + colour, lang=self.lang)))}"  # noqa: E501
                    f"</span> {escape(st['comment'])}</p>"
                )
            if a["indicators"]:
                out.append(self._indicators(a["indicators"]))
        out.append(f"<h2>{escape(self.t('pub.areas'))}</h2>")
        rows = "".join(
            f'<tr><td><a href="area/{a["key"]}.html">{escape(a["question"])}</a></td>'
            f"<td>{escape(phase_label(a['phase'], a['track'], lang=self.lang))}</td>"
            f"<td>{sum(x['residents'] for x in a['activities'])}</td></tr>"
            for a in data["areas"]
        )
        out.append(
            f"<table><caption>{escape(self.t('pub.areas_caption'))}</caption><thead><tr>"
            f'<th scope="col">{escape(self.t("pub.col_question"))}</th>'
            f'<th scope="col">{escape(self.t("pub.col_phase"))}</th>'
            f'<th scope="col">{escape(self.t("pub.col_residents"))}</th>'
            f"</tr></thead><tbody>{rows}</tbody></table>"
        )
        return self.frame(self.t("pub.title"), "\n".join(out), 0, "index.html")

    def _indicators(self, indicators: list[dict[str, Any]]) -> str:
        rows = []
        for i in indicators:
            unit = i["unit"] or ""
            start = f"{_n(i['own'])} {unit} ({i['start_year']})" if i["own"] is not None else "–"
            latest = i.get("latest")
            now = f"{_n(latest['value'])} {unit} ({latest['year']})" if latest else "–"
            verdict = t(f"verdict.{i.get('verdict') or 'unknown'}", lang=self.lang)
            rows.append(
                f"<tr><td>{escape(i['name'])}</td><td>{escape(start)}</td>"
                f"<td>{escape(_n(i['national']) + (' ' + unit if i['national'] is not None else ''))}</td>"  # noqa: E501
                f"<td>{escape(now)}</td><td>{escape(i['target'] or '–')}</td>"
                f"<td>{escape(verdict)}</td></tr>"
            )
        head = "".join(
            f'<th scope="col">{escape(self.t(k))}</th>'
            for k in (
                "rep.col_indicator",
                "rep.col_start",
                "rep.col_national",
                "rep.col_latest",
                "rep.col_target",
                "rep.col_verdict",
            )
        )
        return (
            f"<table><caption>{escape(self.t('pub.indicators'))}</caption>"
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )

    def area(self, a: dict[str, Any], data: dict[str, Any]) -> str:
        out = [f"<h1>{escape(a['question'])}</h1>"]
        phase = phase_label(a["phase"], a["track"], lang=self.lang)
        out.append(f"<p>{escape(self.t('pub.area_phase', area=a['key'], phase=phase))}</p>")
        if a["people"]:
            leads = ", ".join(x for x in a["people"]["leads"] if x)
            fadder = a["people"]["fadder"] or "–"
            out.append(f"<p>{escape(self.t('pub.people', fadder=fadder, leads=leads))}</p>")
        for key, text in (("pub.scope", a["scope"]), ("pub.nylage", a["nylage"])):
            if text:
                out += [f"<h2>{escape(self.t(key))}</h2>", f"<p>{escape(text)}</p>"]
        out.append(f"<h2>{escape(self.t('pub.asked'))}</h2>")
        if a["activities"]:
            rows = "".join(
                f"<tr><td>{escape(x['date'])}</td><td>{escape(x['kind'])}</td>"
                f"<td>{x['residents']}</td><td>{x['staff']}</td><td>{x['managers']}</td></tr>"
                for x in a["activities"]
            )
            head = "".join(
                f'<th scope="col">{escape(self.t(k))}</th>'
                for k in (
                    "rep.col_day",
                    "pub.col_how",
                    "rep.col_residents",
                    "rep.col_staff",
                    "rep.col_managers",
                )
            )
            out.append(
                f"<table><caption>{escape(self.t('pub.asked_caption'))}</caption>"
                f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
            )
        else:
            out.append(f"<p>{escape(self.t('pub.none_yet'))}</p>")
        out.append(f"<h2>{escape(self.t('pub.tested'))}</h2>")
        if a["tests"]:
            items = []
            for x in a["tests"]:
                result = ""
                if x["result"]:
                    result = (
                        f"<br>{escape(outcome_label(x['outcome']) if x['outcome'] else '')}:"
                        f" {escape(x['result'])}"
                    )
                items.append(f"<li>{escape(x['hypothesis'])}{result}</li>")
            out.append("<ul>" + "".join(items) + "</ul>")
        else:
            out.append(f"<p>{escape(self.t('pub.none_yet'))}</p>")
        if a["lessons"]:
            out.append(f"<h2>{escape(self.t('pub.lessons'))}</h2>")
            out.append("<ul>" + "".join(f"<li>{escape(x)}</li>" for x in a["lessons"]) + "</ul>")
        if a["end"] and a["owner"]:
            out.append(f"<h2>{escape(self.t('pub.adopted'))}</h2>")
            out.append(f"<p>{escape(self.t('pub.owner', owner=a['owner']))}</p>")
        if a["partners"]:
            out.append(f"<h2>{escape(self.t('pub.partners'))}</h2>")
            out.append(
                "<ul>"
                + "".join(
                    f"<li>{escape(p['name'])}"
                    f" ({escape(t('form.' + p['form'], lang=self.lang))})</li>"
                    for p in a["partners"]
                )
                + "</ul>"
            )
        if self.idea_link:
            out.append(
                f'<p><a href="{escape(self.idea_link, quote=True)}">'
                f"{escape(self.t('pub.send_idea_area'))}</a></p>"
            )
        return self.frame(a["question"], "\n".join(out), 1, f"area/{a['key']}.html")


def _other_href(lang: str, depth: int, page: str) -> str:
    """The same page in the other language: English lives in en/ beside the Swedish."""
    up = "../" * depth
    return f"{up}en/{page}" if lang == "sv" else f"{up}../{page}"


def _n(value: Any) -> str:
    if value is None:
        return "–"
    return f"{value:g}" if isinstance(value, float) else str(value)


def _feed(data: dict[str, Any], lang: str, anchor: str) -> str:
    """An Atom feed of what happened in the areas, newest first (no names)."""
    questions = {a["key"]: a["question"] for a in data["areas"]}
    updated = data["feed"][0]["at"] if data["feed"] else datetime.now(UTC).isoformat()
    entries = []
    for e in data["feed"]:
        title = t(f"event.{e['kind']}", lang=lang) + f" · {questions.get(e['area'], '')}"
        entries.append(
            f"<entry><id>urn:innovation:event:{e['id']}</id><title>{escape(title)}</title>"
            f"<updated>{escape(str(e['at']))}</updated>"
            f'<link href="area/{escape(str(e["area"]))}.html"/>'
            f"<summary>{escape(t('pub.feed_entry', lang=lang, on=e['on'] or '', area=e['area']))}"
            f"</summary></entry>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"'
        f' xml:lang="{lang}"><id>urn:innovation:site:{lang}</id>'
        f"<title>{escape(t('pub.site', lang=lang))}</title>"
        f"<updated>{escape(str(updated))}</updated>"
        f"<subtitle>{escape(t('pub.anchor', lang=lang, anchor=anchor))}</subtitle>"
        f"{''.join(entries)}</feed>\n"
    )
