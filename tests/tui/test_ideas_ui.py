"""Ideas in the UI: propose one, weigh it from the Idéer tab, and search across areas."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widgets import DataTable

from innovation.service import Service
from innovation.store.database import Database
from innovation.tui.app import InnovationApp
from innovation.tui.screens.ideas import IdeaScreen, SearchScreen
from innovation.tui.widgets.tabs import TabStrip
from tests.tui.conftest import screen_text, settle
from tests.tui.test_journeys import fill, open_area

App = Callable[..., InnovationApp]


async def test_propose_weigh_and_promote_an_idea(make_app: App, demo_db: Path) -> None:
    app = make_app("ali")  # leads O12 with Jon
    async with app.run_test(size=(140, 44)) as pilot:
        await settle(pilot)
        await open_area(pilot, "O12")
        await pilot.press("e")
        await settle(pilot)
        await fill(pilot, "Sluta med dubbla tidrapporter")
        assert "Sparat: F10" in screen_text(app)
        app.screen.query_one(TabStrip).active = "tab-ideas"
        await settle(pilot)
        table = app.screen.query_one("#ideas", DataTable)
        table.focus()
        keys = [str(table.get_row_at(r)[0]) for r in range(table.row_count)]
        table.move_cursor(row=keys.index("F10"))
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, IdeaScreen)
        await pilot.press("b")
        await settle(pilot)
        await pilot.press("tab", "tab", "tab")
        await pilot.press(*"Enkelt och billigt", "ctrl+s")
        await settle(pilot)
        assert "Poäng: 3.0 (1)" in screen_text(app)
        await pilot.press("t")
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "→ T" in screen_text(app)
    db = Database(str(demo_db))
    idea = Service(db, "ali").show_idea("F10")
    assert idea.idea.status == "promoted" and idea.scores[0].by == "ali"
    db.close()


async def test_a_non_lead_may_propose_and_support_but_not_weigh(make_app: App) -> None:
    app = make_app("karl")
    async with app.run_test(size=(140, 44)) as pilot:
        await settle(pilot)
        await open_area(pilot, "O12")
        assert app.screen.check_action("idea", ()) is True
        app.push_screen(IdeaScreen("F5"))
        await settle(pilot)
        assert app.screen.check_action("score", ()) is False
        await pilot.press("u")
        await settle(pilot)
        assert "Karl Ekholm" in screen_text(app)


async def test_search_across_areas(make_app: App) -> None:
    app = make_app("lea")
    async with app.run_test(size=(140, 44)) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"panel", "enter")
        await settle(pilot)
        text = screen_text(app)
        assert "2 träffar i alla områden" in text
        assert "Digital medborgarpanel" in text and "En digital panel når inte" in text
