"""A list to choose from finds as you type: the demo's forty people, an area's people."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from innovation.tui.app import InnovationApp
from innovation.tui.screens.dialogs import PickScreen
from innovation.tui.screens.people import PeopleScreen
from innovation.tui.widgets import findlist
from innovation.tui.widgets.findlist import FindList
from tests.tui.conftest import screen_text, settle
from tests.tui.test_journeys import open_area

App = Callable[..., InnovationApp]


def highlighted(app: InnovationApp) -> str | None:
    found = app.screen.query_one(FindList)
    if found.highlighted is None:
        return None
    return found.get_option_at_index(found.highlighted).id


async def test_typing_a_name_finds_the_person_to_act_as(make_app: App) -> None:
    app = make_app("fia")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        assert isinstance(app.screen, PeopleScreen)
        assert "skriv för att hitta" in screen_text(app)
        await pilot.press("k", "a", "r")
        await settle(pilot)
        assert highlighted(app) == "karl"
        assert "⌕ kar" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert app.actor == "karl"
        assert "Karl Ekholm (fadder)" in screen_text(app).splitlines()[0]


async def test_a_word_inside_the_name_what_matches_nothing_and_a_pause(
    make_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [100.0]
    monkeypatch.setattr(findlist, "monotonic", lambda: now[0])
    app = make_app("fia")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        await pilot.press("e", "k", "h")  # Karl Ekholm's surname; no name begins "ekh"
        await settle(pilot)
        assert highlighted(app) == "karl"
        await pilot.press("x", "[")  # nothing begins so: the highlight stays, the text shows
        await settle(pilot)
        assert highlighted(app) == "karl"
        assert "⌕ ekhx[" in screen_text(app)
        await pilot.press("backspace", "backspace", "backspace", "backspace", "backspace")
        await settle(pilot)
        assert "skriv för att hitta" in screen_text(app)
        await pilot.press("k", "a")
        now[0] += 5  # a pause: what comes next is a new search, not "kaf"
        await pilot.press("f")
        await settle(pilot)
        assert highlighted(app) == "fia"
        await pilot.press("escape")
        await settle(pilot)
        assert app.actor == "fia" and not isinstance(app.screen, PeopleScreen)


async def test_an_areas_people_are_found_the_same_way(make_app: App) -> None:
    app = make_app("lea")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await open_area(pilot, "O8")
        await pilot.press("b")  # the fadder karl, the ledartröjor lea and leo
        await settle(pilot)
        assert isinstance(app.screen, PickScreen)
        assert highlighted(app) == "karl"
        await pilot.press("l", "e", "o")
        await settle(pilot)
        assert highlighted(app) == "leo"
