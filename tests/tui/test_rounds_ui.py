"""Rounds, merges, partners and hand-overs in the UI, driven as a user would."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widgets import Button, DataTable, Input, TextArea

from innovation.service import Service
from innovation.store.database import Database
from innovation.tui.app import InnovationApp
from innovation.tui.screens.area import AreaScreen
from innovation.tui.screens.dialogs import HandoverNoteScreen, MergeScreen
from innovation.tui.screens.overview import OverviewScreen
from innovation.tui.screens.rounds import PersonScreen
from innovation.tui.widgets.tabs import TabStrip
from tests.tui.conftest import screen_text, settle
from tests.tui.test_journeys import open_area

App = Callable[..., InnovationApp]


async def test_rounds_view_filters_the_board(make_app: App) -> None:
    app = make_app("fia")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("g")
        await settle(pilot)
        text = screen_text(app)
        assert "2023" in text and "2024" in text
        await pilot.press("down", "enter")  # round 2024
        await settle(pilot)
        assert isinstance(app.screen, OverviewScreen)
        assert "omgång 2024" in screen_text(app) and "7 av 11" in screen_text(app)


async def test_facilitator_merges_with_a_preview(make_app: App, demo_db: Path) -> None:
    app = make_app("fia")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("M")
        await settle(pilot)
        assert isinstance(app.screen, MergeScreen)
        await pilot.press(*"O2 O11")
        await settle(pilot)
        text = screen_text(app)
        assert "begäran R9 dras tillbaka" in text and "kan börja i: nulage, avgransning" in text
        form = app.screen
        form.query_one("#f-into", TextArea).text = "Hur kan vi skapa jobb i återbruket?"
        form.query_one("#f-fadder", Input).value = "nils"
        form.query_one("#f-lead1", Input).value = "tim"
        form.query_one("#f-lead2", Input).value = "nora"
        form.query_one("#f-reason", TextArea).text = "Återbruk ger jobb"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, OverviewScreen)
    db = Database(str(demo_db))
    merged = Service(db, "fia").show_area("O18")
    assert merged.merged_from == ["O2", "O11"] and merged.phase == "avgransning"
    db.close()


async def test_partners_tab_and_the_person_page(make_app: App, demo_db: Path) -> None:
    app = make_app("omar")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await open_area(pilot, "O9")
        await pilot.press("p")
        await settle(pilot)
        form = app.screen
        form.query_one("#f-new", Input).value = "Företagarna i Tyresö"
        form.query_one("#f-since", Input).value = "2024-06-01"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, AreaScreen)
        app.screen.query_one(TabStrip).active = "tab-partners"
        await settle(pilot)
        row = [str(c) for c in app.screen.query_one("#partners", DataTable).get_row_at(0)]
        assert row[1:5] == ["Företagarna i Tyresö", "civilsamhälle", "IOP", "2024-06-01"]
        await pilot.press("b")
        await settle(pilot)
        await pilot.press("down", "enter")  # the first ledartröja: Mira
        await settle(pilot)
        assert isinstance(app.screen, PersonScreen)
        text = screen_text(app)
        assert "O5" in text and "O6" in text and "sammanslaget" in text and "O9" in text


def hand_over_o12(demo_db: Path, note: str) -> None:
    """Jon hands O12 over to Eva and leaves her a note."""
    db = Database(str(demo_db))
    Service(db, "ada").handover("O12", outgoing="jon", incoming="eva", reason="Jon byter område")
    Service(db, "jon").handover_note("O12", note)
    db.close()


async def test_handover_note_is_shown_first(make_app: App, demo_db: Path) -> None:
    hand_over_o12(demo_db, "Idétavlan står i personalrummet. [bold]Obs[/bold]")
    app = make_app("eva")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"o12", "enter")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, HandoverNoteScreen)
        assert "Idétavlan står i personalrummet. [bold]Obs[/bold]" in screen_text(app)
        app.screen.query_one("#read", Button).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, AreaScreen)
    db = Database(str(demo_db))
    assert Service(db, "eva").unread_handover_notes("O12") == []
    db.close()


async def test_handover_note_comes_first_on_an_area_opened_later(
    make_app: App, demo_db: Path
) -> None:
    hand_over_o12(demo_db, "Idétavlan står i personalrummet.")
    app = make_app("eva")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # another area first: its screen is kept for the next one
        await settle(pilot)
        assert isinstance(app.screen, AreaScreen) and app.screen.key != "O12"
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("slash", *"o12", "enter")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, HandoverNoteScreen)  # on top of O12, not under it
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, AreaScreen) and app.screen.key == "O12"
