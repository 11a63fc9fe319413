"""A facilitator previews anyone's e-mail digest and publishes the public page, in the UI."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from innovation.tui.app import InnovationApp
from innovation.tui.screens.forms import FormScreen
from innovation.tui.screens.people import PeopleScreen
from innovation.tui.screens.reach import ReadScreen
from tests.tui.conftest import screen_text, settle

App = Callable[..., InnovationApp]


async def test_preview_a_digest_and_publish(
    make_app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("platformdirs.user_documents_dir", lambda: str(tmp_path))
    app = make_app("fia")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+e")
        await settle(pilot)
        assert isinstance(app.screen, PeopleScreen)
        people = list(app.people)
        app.screen.query_one("#people").highlighted = people.index("maja")  # type: ignore[attr-defined]
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReadScreen)
        shown = screen_text(app)
        assert "Maja Holmgren" in shown and "R13" in shown and "innovation approve R13" in shown
        await pilot.press("escape", "ctrl+w")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        assert "Publicera (ctrl+s)" in screen_text(app)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "Insynssidan skriven" in screen_text(app)
    assert (tmp_path / "insyn" / "index.html").exists()


async def test_a_ledartroja_is_told_it_is_a_facilitators(make_app: App) -> None:
    app = make_app("nora")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+w")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
        assert "Det här gör en facilitator" in screen_text(app)
