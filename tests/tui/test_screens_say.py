"""Screens that say what they do: keys that do nothing say why; Esc in a filter clears it;
the history's export asks where to write and honours every filter."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from innovation.tui.app import InnovationApp
from innovation.tui.screens.forms import FormScreen
from innovation.tui.screens.history import HistoryScreen
from innovation.tui.screens.inbox import InboxScreen
from tests.tui.conftest import screen_text, settle

App = Callable[..., InnovationApp]


async def test_decision_keys_on_an_empty_inbox_say_why(make_app: App) -> None:
    app = make_app("ada")  # decides nothing
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        assert isinstance(app.screen, InboxScreen)
        shown = screen_text(app)
        assert "Go" in shown or "go" in shown  # the key bar keeps its decision keys
        await pilot.press("r")  # Recycle here, never the report
        await settle(pilot)
        assert isinstance(app.screen, InboxScreen)
        assert "Inget att besluta" in screen_text(app)


async def test_escape_in_a_filter_clears_it(make_app: App) -> None:
    app = make_app("fia")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("h")
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)
        everything = len(app.screen.events)
        await pilot.press("slash", *"o3", "enter")
        await settle(pilot)
        assert 0 < len(app.screen.events) < everything
        await pilot.press("slash", "escape")  # into the filter, then Esc: cleared
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)
        assert len(app.screen.events) == everything
        await pilot.press("escape")  # on the events: leaves
        await settle(pilot)
        assert not isinstance(app.screen, HistoryScreen)


async def test_export_asks_where_and_honours_the_filters(
    make_app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("platformdirs.user_documents_dir", lambda: str(tmp_path / "Dokument"))
    app = make_app("fia")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("h")
        await settle(pilot)
        await pilot.press("slash", *"o3", "tab", *"ylva", "enter")
        await settle(pilot)
        shown = {(e.area, e.actor) for e in app.screen.events}  # type: ignore[attr-defined]
        assert shown == {("O3", "ylva")}
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        path = app.screen.values()["path"]
        assert path.startswith(str(tmp_path / "Dokument")) and path.endswith(".jsonl")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "Exporterade" in screen_text(app)
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    assert lines and all(
        json.loads(x)["area"] == "O3" and json.loads(x)["actor"] == "ylva" for x in lines
    )


async def test_an_empty_tab_says_how_to_add_the_first(make_app: App) -> None:
    from innovation.tui.screens.area import AreaScreen
    from innovation.tui.widgets.tabs import TabStrip

    app = make_app("hanna")  # leads O15, in nuläge: no tests, no indicators yet
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.push_screen(AreaScreen("O15"))
        await settle(pilot)
        assert "Inga tester ännu" not in screen_text(app)  # the co-creation tab has its row
        app.screen.query_one(TabStrip).active = "tab-tests"
        await settle(pilot)
        assert "Inga tester ännu: tryck t för att lägga till ett." in screen_text(app)
        app.screen.query_one(TabStrip).active = "tab-indicators"
        await settle(pilot)
        assert "Inga indikatorer ännu: tryck k för att lägga till en." in screen_text(app)
