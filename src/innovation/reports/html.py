"""The tertial report as one self-contained HTML file: readable printed, charts as inline SVG."""

from __future__ import annotations

from html import escape
from typing import Any

from innovation.i18n import language, t
from innovation.reports.tertial import to_markdown
from innovation.words import all_phases, phase_label

COLORS = {"gron": "#2e7d32", "gul": "#f9a825", "rod": "#c62828", "missing": "#9e9e9e"}

_CSS = """
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; color: #222;
       line-height: 1.45; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { border-bottom: 1px solid #ccc; padding-bottom: .2rem; }
h3 { margin-bottom: .2rem; break-after: avoid; } .meta { color: #555; }
.dot { display: inline-block; width: .8em; height: .8em; border-radius: 50%; margin-right: .3em; }
.charts { display: flex; flex-wrap: wrap; gap: 1.5rem; } figure { margin: 0; }
figcaption { font-weight: 600; margin-bottom: .3rem; } code { font-size: .85em; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } }
"""


def _bars(title: str, items: list[tuple[str, float, str]], unit: str = "") -> str:
    """A horizontal bar chart; every value is also written out, so it reads without colour."""
    width, row = 360, 22
    top = max((v for _, v, _ in items), default=0) or 1
    rows = []
    for i, (label, value, color) in enumerate(items):
        y = i * row
        length = int((width - 170) * value / top)
        rows.append(
            f'<text x="0" y="{y + 15}" font-size="12">{escape(label)}</text>'
            f'<rect x="110" y="{y + 4}" width="{length}" height="14" fill="{color}"/>'
            f'<text x="{115 + length}" y="{y + 15}" font-size="12">{value:g}{escape(unit)}</text>'
        )
    height = row * len(items) + 4
    return (
        f"<figure><figcaption>{escape(title)}</figcaption>"
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img"'
        f' aria-label="{escape(title)}">{"".join(rows)}</svg></figure>'
    )


def _stacked(title: str, periods: dict[str, dict[str, int]]) -> str:
    width, row = 360, 22
    top = max((sum(c.values()) for c in periods.values()), default=0) or 1
    rows = []
    for i, (period, counts) in enumerate(periods.items()):
        y, x = i * row, 70
        rows.append(f'<text x="0" y="{y + 15}" font-size="12">{escape(period)}</text>')
        for color in ("gron", "gul", "rod"):
            n = counts.get(color, 0)
            length = int((width - 160) * n / top)
            if n:
                fill = COLORS[color]
                rows.append(
                    f'<rect x="{x}" y="{y + 4}" width="{length}" height="14" fill="{fill}">'
                    f"<title>{escape(t('color.' + color))}: {n}</title></rect>"
                )
            x += length
        summary = " / ".join(str(counts.get(c, 0)) for c in ("gron", "gul", "rod"))
        rows.append(f'<text x="{x + 5}" y="{y + 15}" font-size="12">{summary}</text>')
    height = row * max(1, len(periods)) + 4
    legend = " / ".join(t("color." + c) for c in ("gron", "gul", "rod"))
    return (
        f"<figure><figcaption>{escape(title)} ({escape(legend)})</figcaption>"
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img"'
        f' aria-label="{escape(title)}">{"".join(rows)}</svg></figure>'
    )


def _body(markdown: str) -> str:
    """The Markdown report as HTML, by a CommonMark parser (markdown-it-py): headings, lists,
    tables and emphasis as the Markdown means them; raw HTML in it is shown as text, and what
    a person wrote was escaped when the Markdown was made (text.md), so it reads as written."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")
    return str(parser.render(markdown))


def to_html(report: dict[str, Any]) -> str:
    s = report["summary"]
    funnel = [(phase_label(p), s["phases"].get(p, 0), "#1565c0") for p in all_phases()]
    days = [
        (phase_label(p), report["days_per_phase"][p], "#6a1b9a")
        for p in all_phases()
        if p in report["days_per_phase"]
    ]
    charts = (
        _bars(t("rep.chart_funnel"), funnel)
        + _bars(t("rep.chart_days"), days, " d")
        + _stacked(t("rep.chart_colors"), report["colors_over_periods"])
    )
    body = _body(to_markdown(report))
    # The charts go right after the summary heading's list.
    marker = f"<h2>{escape(t('rep.areas'))}</h2>"
    body = body.replace(marker, f'<div class="charts">{charts}</div>\n{marker}', 1)
    return (
        f'<!doctype html>\n<html lang="{language()}"><head><meta charset="utf-8">'
        f"<title>{escape(t('rep.title', period=report['period']))}</title>"
        f"<style>{_CSS}</style></head><body>\n{body}\n</body></html>\n"
    )
