"""Live updates: what another person changes shows on an open screen within a second or so."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from innovation.tui.app import InnovationApp
from tests.pg import PgServer
from tests.tui.conftest import another_adds_an_area, pg_people, screen_text, settle

App = Callable[..., InnovationApp]


async def test_another_persons_change_shows_without_a_key(make_app: App, demo_db: Path) -> None:
    app = make_app("fia")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.pause(1.2)  # the first check notes where the trail stands
        await settle(pilot)
        assert "Hur kan vi låna ut verktyg" not in screen_text(app)
        another_adds_an_area(str(demo_db))
        await pilot.pause(1.5)
        await settle(pilot)
        assert "O18" in screen_text(app) and "12 av 12" in screen_text(app)


async def test_postgresql_tells_an_open_ui(pg_template: tuple[PgServer, str]) -> None:
    """On PostgreSQL the change arrives by LISTEN/NOTIFY from another person's connection."""
    url, db = pg_people(pg_template)
    app = InnovationApp(db, "ada")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.pause(0.5)  # the listener is connected
        another_adds_an_area(
            url, "Hur kan vi dela cyklar?", track="malstyrt", fadder="fred", round=None
        )
        for _ in range(30):
            await pilot.pause(0.1)
            if "O1" in screen_text(app):
                break
        await settle(pilot)
        assert "O1" in screen_text(app) and "1 av 1" in screen_text(app)
    db.close()
