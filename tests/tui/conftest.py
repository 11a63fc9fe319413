"""Fixtures for driving the terminal UI with Pilot, on a fixed clock."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from rich.console import Console
from textual.app import App
from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from innovation.i18n import set_language
from innovation.service import Service
from innovation.store.database import Database
from innovation.tui.app import InnovationApp
from tests.pg import PgServer

NOW = datetime(2024, 11, 4, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _swedish(monkeypatch: pytest.MonkeyPatch) -> None:
    # The UI's own language: the users read Swedish unless they ask for English.
    monkeypatch.setenv("INNOVATION_LANG", "sv")
    set_language("sv")


def fixed_clock() -> datetime:
    return NOW


@pytest.fixture
def make_app(demo_db: Path) -> Callable[[str], InnovationApp]:
    def make(actor: str, *, demo: bool = True) -> InnovationApp:
        return InnovationApp(Database(str(demo_db)), actor, demo=demo, clock=fixed_clock)

    return make


def another_adds_an_area(
    url: str,
    question: str = "Hur kan vi låna ut verktyg mellan grannar?",
    *,
    track: str = "malsokande",
    fadder: str = "karl",
    round: str | None = "2024",
) -> None:
    """Another person (the facilitator, on a connection of their own) adds an area, led by
    lea and leo, to the workspace at `url`: by default the one the demo shows as O18."""
    other = Database(url)
    Service(other, "ada").create_area(
        question, track=track, fadder=fadder, ledartrojor=["lea", "leo"], round=round
    )
    other.close()


def pg_people(pg_template: tuple[PgServer, str]) -> tuple[str, Database]:
    """A new PostgreSQL workspace with a facilitator, a fadder and two ledartröjor."""
    server, template = pg_template
    url = server.url(server.create_database(template))
    db = Database(url)
    setup = Service(db, "ada")
    setup.add_person("ada", name="Ada", roles=["admin", "facilitator"])
    setup.add_person("fred", name="Fred", roles=["fadder"])
    setup.add_person("lea", name="Lea", roles=["ledartroja"])
    setup.add_person("leo", name="Leo", roles=["ledartroja"])
    return url, db


async def settle(pilot: Pilot[None]) -> None:
    """Waits until every database worker has finished and the screen has repainted."""
    for _ in range(3):
        await pilot.pause()
        await _workers_done(pilot.app)
    await pilot.pause()


async def _workers_done(app: App[None]) -> None:
    """Waits for every worker; one that failed fails the test. A form's save ends by closing
    its own screen, and Textual cancels a closed screen's workers, so the save's worker can end
    cancelled after its work was done: for a test that waits, cancelled is finished."""
    results = await asyncio.gather(
        *(worker.wait() for worker in app.workers), return_exceptions=True
    )
    for result in results:
        if isinstance(result, BaseException) and not isinstance(result, WorkerCancelled):
            raise result


def screen_text(app: InnovationApp) -> str:
    """Exactly what the terminal shows now, as lines of plain text: the frame Textual's
    screenshot draws (modal screens over the ones beneath), printed without colours. Reading it
    back from the SVG screenshot cost some 100 ms a look; this costs a few."""
    width, height = app.size
    console = Console(
        width=width,
        height=height,
        file=io.StringIO(),
        force_terminal=True,
        color_system=None,
        record=True,
        legacy_windows=False,
        safe_box=False,
    )
    console.print(
        app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    )
    rows = [line.rstrip() for line in console.export_text(styles=False).splitlines()]
    # Toasts slide in over a moment; what they say is on screen all the same.
    rows.extend(str(n.message) for n in app._notifications)
    return "\n".join(rows)
