"""Forms that cannot lose work: how to save is on the form, Enter saves, keys typed at any
speed land in the field that has focus, Esc asks before dropping typed text, and at 80×24 the
title and the buttons stay on the screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import events

from innovation.service import Service
from innovation.store.database import Database
from innovation.tui.app import InnovationApp
from innovation.tui.screens.area import AreaScreen
from innovation.tui.screens.forms import DiscardScreen, FormScreen
from tests.tui.conftest import screen_text, settle
from tests.tui.test_journeys import open_area

App = Callable[..., InnovationApp]


def burst(app: InnovationApp, typed: str) -> None:
    """Keys as a terminal delivers a fast typist's burst: all queued before any is handled."""
    for ch in typed:
        if ch == "\t":
            app.post_message(events.Key("tab", None))
        elif ch == "\n":
            app.post_message(events.Key("enter", "\r"))
        else:
            app.post_message(events.Key(ch, ch))


async def _activity_form(pilot, app: InnovationApp) -> None:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await open_area(pilot, "O15")
    await pilot.press("a")
    await settle(pilot)
    assert isinstance(app.screen, FormScreen)


async def test_a_burst_across_tab_and_enter_is_stored_as_typed(
    make_app: App, demo_db: Path
) -> None:
    app = make_app("hanna")
    async with app.run_test(size=(120, 40)) as pilot:
        await _activity_form(pilot, app)
        burst(app, "samtal\t5\t6\t7\n")
        await settle(pilot)
        assert isinstance(app.screen, AreaScreen), screen_text(app)
    activities = Service(Database(str(demo_db)), "hanna").show_area("O15").activities
    newest = activities[-1]
    assert (newest.kind, newest.residents, newest.staff, newest.managers) == ("samtal", 5, 6, 7)


async def test_the_form_says_how_to_save_and_fits_eighty_by_twenty_four(
    make_app: App, demo_db: Path
) -> None:
    app = make_app("hanna")
    async with app.run_test(size=(80, 24)) as pilot:
        await _activity_form(pilot, app)
        shown = screen_text(app)
        assert "ctrl+s eller enter sparar" in shown
        assert "Spara (ctrl+s)" in shown and "Avbryt (esc)" in shown
        assert app.screen.form_title in shown  # type: ignore[attr-defined]


async def test_escape_asks_before_dropping_typed_text(make_app: App, demo_db: Path) -> None:
    app = make_app("hanna")
    async with app.run_test(size=(120, 40)) as pilot:
        await _activity_form(pilot, app)
        await pilot.press("escape")  # nothing typed: it just closes
        await settle(pilot)
        assert isinstance(app.screen, AreaScreen)
        await pilot.press("a")
        await settle(pilot)
        await pilot.press(*"workshop")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, DiscardScreen)
        assert "Du har skrivit i formuläret" in screen_text(app)
        await pilot.press("n")  # go on typing: what was typed is still there
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        assert app.screen.values()["kind"] == "workshop"
        await pilot.press("escape", "j")
        await settle(pilot)
        assert isinstance(app.screen, AreaScreen)


async def test_a_field_shows_with_its_label_at_80x24(make_app: App) -> None:
    """On a short terminal the fields scroll; the one with the focus is shown with its label,
    from the first (as the form opens) to the last."""
    app = make_app("hanna")
    async with app.run_test(size=(80, 24)) as pilot:
        await _activity_form(pilot, app)
        assert "Typ av aktivitet" in screen_text(app)
        await pilot.press("tab", "tab", "tab", "tab")  # to the note, below the fold
        await settle(pilot)
        shown = screen_text(app)
        assert "Anteckning (valfri)" in shown and "Typ av aktivitet" not in shown
        await pilot.press("shift+tab", "shift+tab", "shift+tab", "shift+tab")
        await settle(pilot)
        assert "Typ av aktivitet" in screen_text(app)
