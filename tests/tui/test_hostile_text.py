"""Text from the database is inert on every screen: escape sequences and control characters are
shown (ESC as ␛), never sent to the terminal, and no text a person wrote is read as markup.

The text is planted straight into the database, past the program (which refuses control
characters in what it is given), as someone with the file would: in every text column of
every table, and in the trail's documents.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from textual.pilot import Pilot

from innovation.tui.app import InnovationApp
from innovation.tui.screens.area import AreaScreen
from innovation.tui.screens.area_tabs import TABS
from innovation.tui.widgets.tabs import TabStrip
from tests.tui.conftest import screen_text, settle

App = Callable[..., InnovationApp]

# What would act on a terminal, or be read as markup, if it got through.
HOSTILE = (
    "\x1b]52;c;ZXZpbA==\x07\x1b[2J\x1b[31m[bold]fet[/bold] [/x] [link=https://evil.example]"
    "klick[/link] \x9b31m \u202eelov\u202c \x00\x08\r ## Sammanfattning [b]"
)
UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Columns that hold what a person wrote (keys and ids stay as they are: they name rows).
COLUMNS = {
    "person": ["name"], "area": ["question", "scope", "nylage", "owner", "hold_reason"],
    "activity": ["kind", "note"], "trial": ["hypothesis", "measure", "result"],
    "lesson": ["text"], "indicator": ["name", "unit", "target", "kolada"],
    "idea": ["title", "description", "source_note", "status_reason"],
    "request": ["reason", "comment"], "status_report": ["cause", "measures", "comment"],
    "round": ["description"], "assignment": ["description"],
    "assignment_indicator": ["name", "unit", "target"], "assignment_status": ["comment"],
    "idea_score": ["reason"], "indicator_value": ["source"],
}  # fmt: skip


def plant(path: Path, text: str) -> None:
    con = sqlite3.connect(path)
    for guard in ("audit_event_unchanged", "audit_event_kept", "audit_event_in_order"):
        con.execute(f"DROP TRIGGER IF EXISTS {guard}")
    for table, columns in COLUMNS.items():
        for column in columns:
            con.execute(f"UPDATE {table} SET {column} = ? || coalesce({column}, '')", (text,))
    # The trail's documents too: a reason and an actor's name shown in the history.
    con.execute("UPDATE audit_event SET doc = json_set(doc, '$[8]', ?) WHERE id % 7 = 0", (text,))
    con.commit()
    con.close()


async def visit_every_screen(pilot: Pilot[None], app: InnovationApp) -> list[str]:
    """The board, its table, an area with every tab, the inbox, the history and an event
    whole, the report, the rounds and help; what each showed."""
    seen = [screen_text(app)]
    for keys in (["t"], ["t"], ["i"], ["escape"], ["h"], ["enter"], ["escape"], ["escape"],
                 ["r"], ["escape"], ["g"], ["escape"], ["question_mark"], ["escape"]):  # fmt: skip
        await pilot.press(*keys)
        await settle(pilot)
        seen.append(screen_text(app))
    await pilot.press("slash", "o", "8", "enter")
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    assert isinstance(app.screen, AreaScreen)
    for tab in TABS:
        strip = app.screen.query_one(TabStrip)
        strip.post_message(TabStrip.Changed(strip, f"tab-{tab.name}"))
        await settle(pilot)
        seen.append(screen_text(app))
    return seen


def check(seen: list[str], planted: str) -> None:
    for shown in seen:
        assert not UNSAFE.search(shown), repr(UNSAFE.search(shown))
    shown = "\n".join(seen)
    # Markup is text: the brackets are on the screen as written.
    if planted == HOSTILE:
        assert "[bold]fet[/bold]" in shown and "[link=https://evil.example]" in shown


async def test_every_screen_shows_planted_text_inert(make_app: App, demo_db: Path) -> None:
    plant(demo_db, HOSTILE)
    app = make_app("karl")  # the fadder of O8, with a request in the inbox
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        seen = await visit_every_screen(pilot, app)
    check(seen, HOSTILE)
    assert any("␛]52;c;" in s for s in seen)  # shown, visibly


@pytest.mark.parametrize("size", [(80, 24)])
async def test_the_same_at_eighty_columns(
    make_app: App, demo_db: Path, size: tuple[int, int]
) -> None:
    plant(demo_db, HOSTILE)
    app = make_app("fia")
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        check(await visit_every_screen(pilot, app), HOSTILE)


_ALPHABET = st.sampled_from(
    list("\x1b\x07\x08\x00\r\x7f\x9b\x85\u202e\u2066[]/=#*_`<>&|!abcåäö ") + ["[bold]", "[/", "\n"]
)


# Four texts in all, two per case: two workers share the visits (each visit opens every
# screen, some eight seconds).
@pytest.mark.parametrize("case", ["first", "second"])
@given(text=st.lists(_ALPHABET, min_size=1, max_size=40).map("".join))
@settings(max_examples=2, deadline=None, suppress_health_check=list(HealthCheck))
def test_any_planted_text_stays_inert(
    case: str, text: str, demo_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    import asyncio
    import shutil

    from innovation.store.database import Database
    from tests.tui.conftest import fixed_clock

    path = tmp_path_factory.mktemp("hostile") / "demo.sqlite"
    shutil.copy(demo_template, path)
    plant(path, text)

    async def run() -> list[str]:
        app = InnovationApp(Database(str(path)), "karl", demo=True, clock=fixed_clock)
        async with app.run_test(size=(120, 36)) as pilot:
            await settle(pilot)
            return await visit_every_screen(pilot, app)

    check(asyncio.run(run()), text)
