"""Rapport: the tertial report in the terminal, for a chosen period."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Select

from innovation.tui.app import InnovationApp
from innovation.tui.screens.report import ReportScreen
from tests.tui.conftest import screen_text, settle

App = Callable[..., InnovationApp]


async def test_report_screen(make_app: App) -> None:
    app = make_app("fia")
    async with app.run_test(size=(160, 60)) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, ReportScreen)
        app.screen.query_one("#period", Select).value = "2024-T2"
        await settle(pilot)
        text = screen_text(app)
        assert "Uppföljning 2024-T2" in text
        assert "grön 5" in text and "röd 2" in text
        assert "Områden per fas" in text and "Status per tertial" in text
        assert "O15 röd" in text
