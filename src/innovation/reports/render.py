"""Every format of the tertial report, from one place (the command line and the TUI alike)."""

from __future__ import annotations

import json
from typing import Any

from innovation.domain import Invalid

FORMATS = ("md", "html", "json", "docx", "pdf")
SUFFIX = {"md": ".md", "html": ".html", "json": ".json", "docx": ".docx", "pdf": ".pdf"}


def render(report: dict[str, Any], fmt: str, *, template: str | None = None) -> bytes:
    """The report as the bytes of a file in the format."""
    if fmt == "md":
        from innovation.reports.tertial import to_markdown

        return to_markdown(report).encode("utf-8")
    if fmt == "html":
        from innovation.reports.html import to_html

        return to_html(report).encode("utf-8")
    if fmt == "json":
        return (json.dumps(report, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if fmt == "docx":
        from pathlib import Path  # here: a report shown on the terminal needs no paths

        from innovation.reports.word import to_docx

        path = None
        if template is not None:
            path = Path(template)
            if not path.is_file():
                raise Invalid("error.no_template", path=template)
        return to_docx(report, path)
    if fmt == "pdf":
        from innovation.reports.pdf import to_pdf

        return to_pdf(report)
    raise Invalid("error.bad_format", value=fmt, choices=", ".join(FORMATS))
