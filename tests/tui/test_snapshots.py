"""Each screen at 80×24 and 160×48, compared with the SVG snapshots kept beside this file.

After an intended change to a screen: `uv run pytest tests/tui --snapshot-update`, then look
at the new SVGs before committing them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable

from innovation.tui.app import InnovationApp
from innovation.tui.screens.area import AreaScreen
from innovation.tui.screens.history import HistoryScreen
from innovation.tui.screens.inbox import InboxScreen
from tests.tui.conftest import settle

SIZES = [(80, 24), (160, 48)]


def _open(screen: Callable[[], Any]) -> Callable[[Pilot[None]], Awaitable[None]]:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        if screen is not None:
            pilot.app.push_screen(screen())
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


SCREENS: dict[str, tuple[str, Any]] = {
    "overview": ("lea", None),
    "area": ("lea", lambda: AreaScreen("O8")),
    "inbox": ("maja", InboxScreen),
    "history": ("fia", HistoryScreen),
}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("name", list(SCREENS))
def test_screen(
    name: str,
    size: tuple[int, int],
    make_app: Callable[[str], InnovationApp],
    snap_compare: Callable[..., bool],
) -> None:
    actor, screen = SCREENS[name]
    assert snap_compare(make_app(actor), terminal_size=size, run_before=_open(screen))
