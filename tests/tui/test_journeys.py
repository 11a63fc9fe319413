"""The three journeys, done as a user would: keys on the screen, results on screen and stored."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from innovation.service import Service
from innovation.store.database import Database
from innovation.tui.app import InnovationApp
from innovation.tui.screens.area import AreaScreen
from innovation.tui.screens.forms import FormScreen
from innovation.tui.screens.history import HistoryScreen
from innovation.tui.screens.inbox import InboxScreen
from tests.tui.conftest import fixed_clock, screen_text, settle

App = Callable[..., InnovationApp]


async def open_area(pilot, key: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("slash")
    await pilot.press(*key.lower())
    await pilot.press("enter")
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    assert isinstance(pilot.app.screen, AreaScreen) and pilot.app.screen.key == key


async def fill(pilot, *values: str) -> None:  # type: ignore[no-untyped-def]
    """Types into the form's fields in order (tab between them) and saves with ctrl+s."""
    for i, value in enumerate(values):
        if i:
            await pilot.press("tab")
        if value:
            await pilot.press(*value)
    await pilot.press("ctrl+s")
    await settle(pilot)


async def ask_to_move(pilot, reason: str) -> None:  # type: ignore[no-untyped-def]
    """m, the move the form offers first, the reason, and save."""
    await pilot.press("m")
    await settle(pilot)
    await pilot.press("tab")
    await pilot.press(*reason)
    await pilot.press("ctrl+s")
    await settle(pilot)


async def test_ledartroja_records_work_and_requests_a_move(make_app: App, demo_db: Path) -> None:
    app = make_app("hanna")  # leads O15 (nuläge, one activity) with Isak
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_area(pilot, "O15")
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        # The day it happened is prefilled with today; this workshop was last week.
        field = app.screen.query_one("#f-on")
        assert field.value == "2024-11-04"  # type: ignore[attr-defined]
        field.value = "2024-10-30"  # type: ignore[attr-defined]
        await fill(pilot, "Generationsfika", "11", "4")
        assert isinstance(app.screen, AreaScreen)
        assert "Sparat: A" in screen_text(app)
        await ask_to_move(pilot, "Två aktiviteter klara.")
        await pilot.press("s")
        await settle(pilot)
        await fill(pilot, "Ingår: möten mellan generationer. Ingår inte: vård.")
        await ask_to_move(pilot, "Avgränsat med biblioteket.")
        text = screen_text(app)
        assert "⧗ R14 Avgränsning → Nyläge väntar på Emma" in text
        assert "Begäran R14 väntar på fadderns beslut" in text
    db = Database(str(demo_db))
    detail = Service(db, "hanna").show_area("O15")
    assert detail.phase == "avgransning" and detail.request is not None
    assert detail.request.reason == "Avgränsat med biblioteket." and len(detail.activities) == 2
    db.close()


async def test_a_move_not_ready_says_which_keys_record_what_is_missing(
    make_app: App, demo_db: Path
) -> None:
    """In the UI each missing piece is a key away: the refusal names the key, not the command
    line, keeps what was typed, and nothing moves."""
    app = make_app("jenny")  # leads O16, in nuläge with no co-creation yet
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_area(pilot, "O16")
        await ask_to_move(pilot, "Nuläget är klart.")
        assert isinstance(app.screen, FormScreen)
        text = screen_text(app)
        assert "Nuläge → Avgränsning kräver minst en medskapande aktivitet" in text
        assert "(tryck a: aktivitet)" in text
        assert "innovation activity add" not in text
    db = Database(str(demo_db))
    assert Service(db, "jenny").show_area("O16").phase == "nulage"
    db.close()


async def test_fadder_finds_it_in_the_inbox_and_approves(make_app: App, demo_db: Path) -> None:
    app = make_app("greta")  # fadder of O11, where Eva asked to move to nyläge
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert "1 väntar på ditt beslut" in screen_text(app)
        await pilot.press("i")
        await settle(pilot)
        assert isinstance(app.screen, InboxScreen)
        text = screen_text(app)
        assert "R9" in text and "Avgränsning → Nyläge" in text and "Eva Grahn" in text
        await pilot.press("g")
        await settle(pilot)
        await fill(pilot, "Bra avgränsning.")
        assert "Inget väntar på ditt beslut." in screen_text(app)
    db = Database(str(demo_db))
    assert Service(db, "greta").show_area("O11").phase == "nylage"
    db.close()


async def test_facilitator_filters_history_to_the_area(make_app: App, demo_db: Path) -> None:
    db = Database(str(demo_db))
    Service(db, "greta", clock=fixed_clock).approve("R9", comment="Kör")
    db.close()
    app = make_app("fia")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("h")
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)
        await pilot.press("slash")
        await pilot.press("o", "1", "1", "enter")
        await settle(pilot)
        text = screen_text(app)
        assert "begäran" in text and "beslut: godkänd" in text
        areas = {e.area for e in app.screen.events}
        assert areas == {"O11"}
        await pilot.press("v")
        await settle(pilot)
        assert "kedjan ✓ verifierad" in screen_text(app)


async def test_a_refused_form_keeps_what_was_typed(make_app: App) -> None:
    app = make_app("hanna")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_area(pilot, "O15")
        await pilot.press("a")
        await settle(pilot)
        form = app.screen
        # A date in the future passes the form's own check; the service refuses it.
        form.query_one("#f-on").value = "2030-01-01"  # type: ignore[attr-defined]
        await fill(pilot, "Workshop", "3")
        assert app.screen is form
        assert "ligger i framtiden" in screen_text(app)
        assert form.query_one("#f-kind").value == "Workshop"  # type: ignore[attr-defined]


async def test_user_text_is_shown_literally(make_app: App, demo_db: Path) -> None:
    db = Database(str(demo_db))
    key = Service(db, "ada").create_area(
        "Hur kan vi [bold]lyssna[/bold] \\[red]bättre?", track="malsokande", fadder="karl",
        ledartrojor=["lea", "leo"],
    )  # fmt: skip
    db.close()
    app = make_app("lea")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await open_area(pilot, key)
        assert "Hur kan vi [bold]lyssna[/bold] \\[red]bättre?" in screen_text(app)


async def test_non_leads_do_not_get_recording_keys(make_app: App) -> None:
    app = make_app("fia")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_area(pilot, "O13")
        assert app.screen.check_action("activity", ()) is False
        assert "ändringar gör Bea Holm & Elin Strand" in screen_text(app)


async def test_person_switcher_and_help(make_app: App) -> None:
    app = make_app("fia")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert "tabell/tavla" in screen_text(app)
        await pilot.press("escape")
        await pilot.press("w")
        await settle(pilot)
        await pilot.press("home", "enter")
        await settle(pilot)
        assert app.actor == "ada"
        assert "Ada Lindqvist" in screen_text(app)


async def test_board_filters_and_table(make_app: App) -> None:
    app = make_app("lea")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert "11 av 11 områden" in screen_text(app)
        await pilot.press("o")  # the first round (omgång): 2023
        await settle(pilot)
        assert "4 av 11 områden" in screen_text(app)
        await pilot.press("m")  # mine: Lea leads O8 in round 2023
        await settle(pilot)
        assert "1 av 11 områden" in screen_text(app)
        await pilot.press("x", "a")  # needs attention: 2024-T3 is open and nobody has reported
        await settle(pilot)
        assert "11 av 11 områden" in screen_text(app)
        await pilot.press("x", "t")
        await settle(pilot)
        assert app.screen.query_one("#table").display
        await pilot.press("slash", *"sudda", "enter")
        await settle(pilot)
        assert "1 av 11 områden" in screen_text(app)
