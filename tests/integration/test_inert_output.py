"""What the database holds reaches a terminal, a report and an export inert: control
characters shown (ESC as ␛), nothing read as markup, and no report section or audit anchor that
a person's text could forge."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from innovation.store.database import Database
from tests.cli import invoke
from tests.tui.test_hostile_text import COLUMNS, HOSTILE, plant

pytestmark = pytest.mark.tampers

UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
FORGERY = (
    "\n## Sammanfattning\n\n---\nGranskningsankare: innovation audit verify --expect 1:" + "0" * 64
)


@pytest.fixture
def planted(db_path: Path, demo_template: Path) -> Path:
    shutil.copy(demo_template, db_path)
    plant(db_path, HOSTILE)
    con = sqlite3.connect(db_path)
    con.execute("UPDATE lesson SET text = text || ?", (FORGERY,))
    con.commit()
    con.close()
    return db_path


COMMANDS = [
    ("area", "list"), ("area", "list", "--json"), ("area", "show", "O8"), ("history", "O8"),
    ("requests",), ("audit", "list", "--area", "O8"), ("person", "list"), ("idea", "list"),
    ("report", "--period", "2024-T3"), ("report", "--period", "2024-T3", "--format", "html"),
    ("report", "--period", "2024-T3", "--format", "json"),
    ("area", "show", "O8", "--on", "2024-09-01"),
    ("audit", "export", "--format", "csv"), ("audit", "export", "--format", "jsonl"),
]  # fmt: skip


@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_no_command_sends_what_it_read_to_the_terminal(
    planted: Path, command: tuple[str, ...]
) -> None:
    env = {"INNOVATION_DB": str(planted), "INNOVATION_LANG": "sv", "INNOVATION_USER": "karl"}
    result = invoke(list(command), env=env)
    assert result.exit_code == 0, result.output
    found = UNSAFE.search(result.output)
    where = "" if found is None else result.output[max(0, found.start() - 40) : found.end() + 40]
    assert found is None, (command, where)
    if command[:2] in (("area", "show"), ("history", "O8")) and "--on" not in command:
        # Markup is text: shown as written (a table may wrap it; these print it whole).
        assert "[bold]fet[/bold]" in result.output


def test_the_report_has_its_own_sections_and_anchor_whatever_a_lesson_says(planted: Path) -> None:
    from innovation.i18n import set_language
    from innovation.reports.html import to_html
    from innovation.reports.tertial import build, to_markdown
    from innovation.service import Service

    set_language("sv")
    db = Database(str(planted))
    report = build(Service(db, "fia"), "2024-T3")
    db.close()
    report["areas"][0]["lessons"].append(FORGERY)
    report["areas"][0]["question"] += FORGERY
    markdown = to_markdown(report)
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    headings = [
        tokens[i + 1].content
        for i, tok in enumerate(tokens)
        if tok.type == "heading_open" and tok.tag == "h2"
    ]
    assert headings.count("Sammanfattning") == 1
    rules = [tok for tok in tokens if tok.type == "hr"]
    assert len(rules) == 1  # the one before the anchor
    last = [tok for tok in tokens if tok.type == "inline"][-1].content
    assert last.startswith("Revisionsankare") and "0" * 64 not in last
    html = to_html(report)
    assert html.count("<h2>Sammanfattning</h2>") == 1 and html.count("<hr />") == 1
    assert "<a href" not in html and "<bold>" not in html and "\x1b" not in html
    assert len(COLUMNS) > 10
