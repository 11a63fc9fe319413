"""The tertial report as a Word document (python-docx), made from the same Markdown as every
other format: headings as Word's heading styles (a template's styles apply, and the table of
contents Word builds from them works), tables as Word tables, a colour as a coloured mark beside
its word, "Sida x (y)" in the footer, and the charts as images drawn without a display."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path
from typing import Any

from innovation.i18n import t
from innovation.reports.tertial import to_markdown
from innovation.words import all_phases, phase_label

# Word's colours for the three tertial colours (the same as the HTML report's).
MARKS = {"gron": "2E7D32", "gul": "F9A825", "rod": "C62828"}


def to_docx(report: dict[str, Any], template: Path | None = None) -> bytes:
    from docx import Document
    from markdown_it import MarkdownIt

    document = Document(str(template)) if template else Document()
    if template:
        _clear_body(document)
    _toc(document)
    tokens = MarkdownIt("commonmark", {"html": False}).enable("table").parse(to_markdown(report))
    _Writer(document, _colour_words()).write(tokens)
    _charts(document, report)
    _footer(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _colour_words() -> dict[str, str]:
    return {t(f"color.{c}").capitalize(): c for c in MARKS}


def _clear_body(document: Any) -> None:
    """A template's styles and page set-up, without its sample text."""
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)


class _Writer:
    """Walks markdown-it's tokens and writes Word paragraphs, lists and tables."""

    def __init__(self, document: Any, colours: dict[str, str]) -> None:
        self.doc = document
        self.colours = colours
        self.list_depth = 0
        self.table: list[list[str]] | None = None
        self.row: list[str] | None = None
        self.heading: int | None = None

    def write(self, tokens: list[Any]) -> None:
        for i, tok in enumerate(tokens):
            kind = tok.type
            if kind == "heading_open":
                self.heading = int(tok.tag[1])
            elif kind == "heading_close":
                self.heading = None
            elif kind in ("bullet_list_open", "ordered_list_open"):
                self.list_depth += 1
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.list_depth -= 1
            elif kind == "table_open":
                self.table = []
            elif kind == "table_close":
                self._table()
            elif kind == "tr_open":
                self.row = []
            elif kind == "tr_close" and self.table is not None and self.row is not None:
                self.table.append(self.row)
            elif kind == "inline":
                if self.row is not None and self.table is not None and _in_cell(tokens, i):
                    self.row.append(_plain(tok))
                else:
                    self._inline(tok)
            elif kind == "hr":
                self.doc.add_paragraph("")

    def _inline(self, tok: Any) -> None:
        if self.heading is not None:
            paragraph = self.doc.add_heading(level=min(self.heading, 4))
        elif self.list_depth:
            style = "List Bullet" if self.list_depth == 1 else "List Bullet 2"
            paragraph = self.doc.add_paragraph(style=style)
        else:
            paragraph = self.doc.add_paragraph()
        bold = italic = False
        for child in tok.children or []:
            if child.type == "strong_open":
                bold = True
            elif child.type == "strong_close":
                bold = False
            elif child.type == "em_open":
                italic = True
            elif child.type == "em_close":
                italic = False
            elif child.type in ("text", "code_inline"):
                if bold and child.content in self.colours:
                    _mark(paragraph, self.colours[child.content])
                run = paragraph.add_run(child.content)
                run.bold, run.italic = bold or None, italic or None
            elif child.type in ("softbreak", "hardbreak"):
                paragraph.add_run().add_break()

    def _table(self) -> None:
        rows = self.table or []
        self.table, self.row = None, None
        if not rows:
            return
        table = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        _widths(table, len(rows[0]))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                cell = table.cell(r, c)
                cell.text = "" if text == "–" and r == 0 else text
                if r == 0:
                    for run in cell.paragraphs[0].runs:
                        run.bold = True
        _repeat_header(table)
        self.doc.add_paragraph("")


def _widths(table: Any, columns: int) -> None:
    """The first column (the indicator's or the period's name) gets two fifths of the page's
    16 cm, the others share the rest: Word's equal columns break names letter by letter."""
    from docx.shared import Cm

    table.autofit = False
    first = 6.4 if columns > 2 else 8.0
    rest = (16.0 - first) / max(1, columns - 1)
    for i, column in enumerate(table.columns):
        column.width = Cm(first if i == 0 else rest)
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            cell.width = Cm(first if i == 0 else rest)


def _plain(tok: Any) -> str:
    """An inline token's text as it reads (Markdown's escapes and emphasis marks gone)."""
    return "".join(c.content for c in tok.children or [] if c.type in ("text", "code_inline"))


def _in_cell(tokens: list[Any], i: int) -> bool:
    return i > 0 and tokens[i - 1].type in ("th_open", "td_open")


def _mark(paragraph: Any, colour: str) -> None:
    """A coloured dot before the colour's word: the word says it, the dot shows it."""
    from docx.shared import RGBColor

    run = paragraph.add_run("● ")
    run.font.color.rgb = RGBColor.from_string(MARKS[colour])


def _repeat_header(table: Any) -> None:
    """The header row repeats on every page a long table runs over."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _field(paragraph: Any, instruction: str, placeholder: str = "1") -> None:
    """A Word field (PAGE, NUMPAGES, TOC): Word fills it in when the document is opened."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = placeholder
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _footer(document: Any) -> None:
    """ "Sida 3 (6)" on every page, as the municipality's documents have it."""
    for section in document.sections:
        paragraph = section.footer.paragraphs[0]
        paragraph.text = ""
        paragraph.add_run(t("docx.page") + " ")
        _field(paragraph, "PAGE")
        paragraph.add_run(" (")
        _field(paragraph, "NUMPAGES")
        paragraph.add_run(")")


def _toc(document: Any) -> None:
    """A table of contents from the headings; Word updates it when the file is opened."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    style = "TOC Heading" if _has(document, "TOC Heading") else None
    document.add_paragraph(t("docx.contents"), style=style)
    _field(document.add_paragraph(), 'TOC \\o "1-3" \\h \\z \\u', t("docx.toc_hint"))
    settings = document.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)


def _has(document: Any, style: str) -> bool:
    return any(s.name == style for s in document.styles)


def _charts(document: Any, report: dict[str, Any]) -> None:
    """Areas per phase and days in each phase, as bar charts (PNG, no display needed); each
    value is also in the caption beneath, so the chart reads without its picture."""
    from docx.shared import Cm

    s = report["summary"]
    charts = [
        (t("rep.chart_funnel"), [(phase_label(p), float(s["phases"].get(p, 0)))
                                 for p in all_phases()], (0x15, 0x65, 0xC0)),
        (t("rep.chart_days"), [(phase_label(p), float(report["days_per_phase"][p]))
                               for p in all_phases() if p in report["days_per_phase"]],
         (0x6A, 0x1B, 0x9A)),
    ]  # fmt: skip
    for title, items, colour in charts:
        if not items:
            continue
        document.add_heading(title, level=3)
        document.add_picture(io.BytesIO(bar_png([v for _, v in items], colour)), width=Cm(12))
        caption = ", ".join(f"{label} {value:g}" for label, value in items)
        document.add_paragraph(caption, style="Caption" if _has(document, "Caption") else None)


def bar_png(values: list[float], colour: tuple[int, int, int], width: int = 480) -> bytes:
    """Horizontal bars, one per value, as a PNG written by hand (zlib and struct): the chart
    needs no display, no font and no imaging library."""
    bar, gap = 18, 8
    height = max(1, len(values)) * (bar + gap) + gap
    top = max(values, default=0) or 1
    rows = []
    for y in range(height):
        index, offset = divmod(y - gap, bar + gap)
        length = 0
        if y >= gap and offset < bar and index < len(values):
            length = int((width - 20) * values[index] / top)
        line = bytearray(b"\x00")  # filter: none
        for x in range(width):
            line += bytes(colour) if 10 <= x < 10 + length else b"\xff\xff\xff"
        rows.append(bytes(line))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))  # fmt: skip

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))  # fmt: skip
