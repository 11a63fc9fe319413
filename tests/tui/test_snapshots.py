"""Every screen at 80×24 and 160×48, compared with the SVG snapshots kept beside this file;
the same screens in English are in tests/tui/english (run in a process of their own, since a
screen's key names are read in the language of the moment the UI is loaded).

After an intended change to a screen: `uv run pytest tests/tui --snapshot-update` (and the
English: `INNOVATION_SNAPSHOT_LANG=en uv run pytest tests/tui/english --snapshot-update`),
then look at the new SVGs before committing them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Input

from innovation.tui.app import InnovationApp
from innovation.tui.screens.area import AreaScreen
from innovation.tui.screens.history import HistoryScreen
from innovation.tui.screens.ideas import SearchScreen
from innovation.tui.screens.inbox import InboxScreen
from innovation.tui.screens.report import ReportScreen
from innovation.tui.screens.rounds import PersonScreen, RoundsScreen
from tests.tui.conftest import settle

SIZES = [(80, 24), (160, 48)]


def opened(
    screen: Callable[[], Any] | None, keys: tuple[str, ...] = ()
) -> Callable[[Pilot[None]], Awaitable[None]]:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        if screen is not None:
            pilot.app.push_screen(screen())
        await settle(pilot)
        if keys:
            await pilot.press(*keys)
        # A text field's cursor blinks every half second: shown still, as it is on the frame
        # a person first sees (a loaded machine could otherwise catch it off).
        for field in pilot.app.screen.query(Input):
            field.cursor_blink = False
        # A table sizes its columns on a refresh after its rows came; on a loaded machine that
        # can be frames after the workers are done. Wait until the widths stop changing.
        previous = None
        for _ in range(30):
            await settle(pilot)
            widths = [
                (
                    tuple(c.width for c in table.columns.values()),
                    table.row_count,
                    getattr(table, "_require_update_dimensions", False),
                )
                for table in pilot.app.screen.query(DataTable)
            ]
            if widths == previous and not any(pending for *_, pending in widths):
                break
            previous = widths

    return run_before


# name: (who looks, the screen, the keys pressed there)
SCREENS: dict[str, tuple[str, Any, tuple[str, ...]]] = {
    "overview": ("lea", None, ()),
    "table": ("fia", None, ("t",)),
    "area": ("lea", lambda: AreaScreen("O8"), ()),
    "activity-form": ("lea", lambda: AreaScreen("O8"), ("a",)),
    "inbox": ("maja", InboxScreen, ()),
    "history": ("fia", HistoryScreen, ()),
    "report": ("fia", ReportScreen, ()),
    "rounds": ("fia", RoundsScreen, ()),
    "person": ("fia", lambda: PersonScreen("lea"), ()),
    "search": ("fia", SearchScreen, ()),
    "help": ("lea", None, ("question_mark",)),
}


def compare(
    name: str,
    size: tuple[int, int],
    make_app: Callable[[str], InnovationApp],
    snap_compare: Callable[..., bool],
) -> bool:
    actor, screen, keys = SCREENS[name]
    return snap_compare(make_app(actor), terminal_size=size, run_before=opened(screen, keys))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("name", list(SCREENS))
def test_screen(
    name: str,
    size: tuple[int, int],
    make_app: Callable[[str], InnovationApp],
    snap_compare: Callable[..., bool],
) -> None:
    assert compare(name, size, make_app, snap_compare)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_screen_in_english(size: tuple[int, int]) -> None:
    """The English snapshots, in a process whose UI was loaded in English (one process per
    size, so that two workers share them)."""
    here = Path(__file__).resolve().parent
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-n",
            "0",
            "-k",
            f"{size[0]}x{size[1]}",
            str(here / "english"),
        ],
        env={**os.environ, "INNOVATION_SNAPSHOT_LANG": "en", "INNOVATION_LANG": "en"},
        capture_output=True,
        text=True,
        cwd=here.parents[1],
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
