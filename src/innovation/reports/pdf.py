"""The tertial report as an accessible PDF (PDF/UA-1: tagged, with its language and title),
made by WeasyPrint from the report's HTML; a running footer gives "Sida x (y)"."""

from __future__ import annotations

from typing import Any

from innovation.i18n import t
from innovation.reports.html import to_html

# Page set-up for print: A4, the page number in the footer as the municipality writes it.
_PAGE = """
@page { size: A4; margin: 2cm 2cm 2.2cm;
        @bottom-right { content: "%s " counter(page) " (" counter(pages) ")"; font-size: 9pt;
                        font-family: "DejaVu Sans", sans-serif; } }
body { margin: 0; max-width: none; font-family: "DejaVu Sans", sans-serif; font-size: 10pt; }
table { border-collapse: collapse; width: 100%%; margin: .4rem 0 .8rem; }
th, td { border: 1px solid #999; padding: .2rem .35rem; text-align: left; vertical-align: top; }
th { background: #eee; } tr { break-inside: avoid; } h2, h3 { break-after: avoid; }
"""


def to_pdf(report: dict[str, Any]) -> bytes:
    from weasyprint import CSS, HTML

    html = to_html(report)
    style = CSS(string=_PAGE % t("docx.page").replace('"', ""))
    pdf: bytes = HTML(string=html).write_pdf(stylesheets=[style], pdf_variant="pdf/ua-1")
    return pdf
