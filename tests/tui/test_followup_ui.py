"""Uppföljning in the UI: the colour on the board, and a report filed from the area screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widgets import DataTable

from innovation.service import Service
from innovation.store.database import Database
from innovation.tui.app import InnovationApp
from innovation.tui.widgets.tabs import TabStrip
from tests.tui.conftest import screen_text, settle
from tests.tui.test_journeys import open_area

App = Callable[..., InnovationApp]


async def test_colours_on_the_board_and_a_report_from_the_area(
    make_app: App, demo_db: Path
) -> None:
    app = make_app("bea")  # leads O13 with Elin
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "O15 ● röd" in text and "O8 ● grön" in text
        await open_area(pilot, "O13")
        await pilot.press("f")
        await settle(pilot)
        await pilot.press("tab", "enter", "down", "enter")  # the colour: gul
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "Vid gul ska rapporten ange orsak och vidtagna åtgärder" in screen_text(app)
        await pilot.press("tab", *"Sommaren", "tab", *"Nya samtalsgrupper", "ctrl+s")
        await settle(pilot)
        app.screen.query_one(TabStrip).active = "tab-followup"
        await settle(pilot)
        table = app.screen.query_one("#followup", DataTable)
        periods = [str(table.get_row_at(r)[0]) for r in range(table.row_count)]
        assert periods == ["2024-T3", "2024-T2"]
    db = Database(str(demo_db))
    latest = Service(db, "lea").statuses("2024-T3")["O13"]
    assert (latest.color, latest.cause, latest.measures) == (
        "gul",
        "Sommaren",
        "Nya samtalsgrupper",
    )
    db.close()


async def test_indicator_values_on_the_area_screen(make_app: App, demo_db: Path) -> None:
    db = Database(str(demo_db))
    Service(db, "omar").measure("I1", year=2024, value=36.5)
    db.close()
    app = make_app("omar")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await open_area(pilot, "O9")
        app.screen.query_one(TabStrip).active = "tab-indicators"
        await settle(pilot)
        table = app.screen.query_one("#indicators", DataTable)
        row = [str(cell) for cell in table.get_row_at(0)]
        # A value by hand has no rank: Kolada's colour stays empty, never our colour.
        assert row[5:] == ["36.5 % (2024)", "–", "U75466", "manual"]


async def test_kolada_colour_on_the_area_screen(make_app: App) -> None:
    """The demo's indicator carries Kolada's values for every municipality: its rank colour is
    its own column, apart from the area's tertial colour."""
    app = make_app("omar")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await open_area(pilot, "O9")
        app.screen.query_one(TabStrip).active = "tab-indicators"
        await settle(pilot)
        row = [str(c) for c in app.screen.query_one("#indicators", DataTable).get_row_at(0)]
        assert row[5:] == ["35 % (2024)", "◆ 24/41", "U75466", "kolada:kolada-exempel.json"]
