"""What the faster screens still do for the user: the history's detail follows the cursor and
opens whole, the area's tabs answer keys and clicks, one area screen shows each area in turn,
and the key bar presses the key that is clicked."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from innovation.tui import idle_gc
from innovation.tui.app import AHEAD_AFTER_PAUSE, InnovationApp
from innovation.tui.idle_gc import CHECK_EVERY
from innovation.tui.screens import area as area_module
from innovation.tui.screens.area import AreaScreen
from innovation.tui.screens.area import open_area as open_area_now
from innovation.tui.screens.history import EventScreen, HistoryScreen
from innovation.tui.screens.overview import OverviewScreen
from innovation.tui.widgets.keybar import KeyBar
from innovation.tui.widgets.rows import RowTable
from innovation.tui.widgets.tabs import TabStrip
from tests.tui.conftest import screen_text, settle
from tests.tui.test_journeys import open_area

App = Callable[..., InnovationApp]


def detail_head(app: InnovationApp) -> str:
    for line in screen_text(app).splitlines():
        head = line.split()[0] if line.strip() else ""
        if head[1:].isdigit() and head.startswith("#"):  # the event's number, not the column's
            return head
    raise AssertionError("no detail on screen")


async def test_history_detail_follows_the_cursor_and_opens_whole(make_app: App) -> None:
    app = make_app("fia")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("h")
        await settle(pilot)
        history = app.screen
        assert isinstance(history, HistoryScreen)
        newest = history.events[0].id
        assert detail_head(app) == f"#{newest}"
        await pilot.press("down")
        await settle(pilot)
        assert detail_head(app) == f"#{newest - 1}"
        await pilot.press("pagedown")
        await settle(pilot)
        current = history.current()
        assert current is not None and current.id < newest - 1
        assert detail_head(app) == f"#{current.id}"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, EventScreen)
        assert current.hash in screen_text(app)  # the whole hash, not its first characters
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is history
        # In a filter field the arrows are the field's: the table's cursor stays.
        row = history.query_one("#events", RowTable).cursor_row
        await pilot.press("slash", "down", "up")
        await settle(pilot)
        assert history.query_one("#events", RowTable).cursor_row == row


async def test_area_tabs_answer_clicks_and_arrow_keys(make_app: App) -> None:
    app = make_app("hanna")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await open_area(pilot, "O15")
        strip = app.screen.query_one(TabStrip)
        start = next(a for a, _, pane in strip.spans if pane == "tab-history")
        await pilot.click(TabStrip, offset=(start + 2, 0))
        await settle(pilot)
        assert strip.active == "tab-history"
        assert app.screen.query_one("#tab-history").display
        assert "Ada Lindqvist · område skapat" in screen_text(app)  # O15's first event
        await pilot.press("left")  # the strip has focus after the click
        await settle(pilot)
        assert strip.active == "tab-statements"
        assert not app.screen.query_one("#tab-history").display
        assert "Avgränsning" in screen_text(app)


async def test_one_area_screen_shows_each_area_in_turn(make_app: App) -> None:
    app = make_app("lea")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await open_area(pilot, "O15")
        first = app.screen
        first.query_one(TabStrip).active = "tab-history"
        await settle(pilot)
        o15_history = str(first.query_one("#timeline").render())
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("x")  # the search for O15 off again
        await settle(pilot)
        await open_area(pilot, "O16")
        assert app.screen is first  # the same screen, now for O16
        assert isinstance(first, AreaScreen) and first.key == "O16"
        text = screen_text(app)
        assert "O16 · Hur kan kommunen" in text and "O15 ·" not in text
        assert first.query_one(TabStrip).active == "tab-history"
        assert str(first.query_one("#timeline").render()) != o15_history


async def test_the_kept_area_screen_follows_a_resize_or_theme_made_while_away(
    make_app: App,
) -> None:
    """Shown again with the same size and theme, the kept screen is not restyled in full
    (AreaScreen._on_screen_resume); a change made while it was away must still show."""
    app = make_app("lea")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await open_area(pilot, "O15")
        kept = app.screen
        assert kept.query_one("#body").styles.layout.name == "horizontal"
        await pilot.press("escape")
        await settle(pilot)
        await pilot.resize_terminal(80, 24)
        await pilot.press("x")
        await settle(pilot)
        await open_area(pilot, "O16")
        assert app.screen is kept
        # The narrow layout: the next steps above the tabs, the screen's full width.
        assert kept.query_one("#body").styles.layout.name == "vertical"
        assert kept.query_one("#next").region.width == 80
        await pilot.press("escape")
        await settle(pilot)
        dark = kept.query_one(KeyBar).styles.background
        app.theme = "textual-light"
        await settle(pilot)
        light = app.screen.query_one(KeyBar).styles.background  # the board's, restyled
        assert light != dark
        await pilot.press("x")
        await settle(pilot)
        await open_area(pilot, "O15")
        assert app.screen is kept
        assert kept.query_one(KeyBar).styles.background == light


@pytest.mark.parametrize("size", [(160, 48), (80, 24)])
async def test_the_area_screen_made_in_a_pause_shows_the_first_area_opened(
    make_app: App, size: tuple[int, int]
) -> None:
    """Once the person pauses on the board, the area screen is made off the stack; the first
    area opened is shown on it, whole, in the layout the terminal's width calls for."""
    app = make_app("lea")
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        for _ in range(100):
            await pilot.pause(0.1)
            if app.area_screen is not None:
                break
        made = app.area_screen
        assert made is not None and made not in app.screen_stack
        await settle(pilot)
        await open_area(pilot, "O15")
        assert app.screen is made and made.key == "O15"
        text = screen_text(app)
        assert "O15 · Hur kan vi sudda ut" in text and "Nästa steg" in text
        assert "Medskapande" in text and "A16" in text  # the first tab, painted
        layout = "vertical" if size[0] < 110 else "horizontal"
        assert made.query_one("#body").styles.layout.name == layout


async def test_the_area_screen_waits_for_a_pause_in_the_keys(
    make_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Made while keys are coming, the screen would hold the next ones for ~100 ms: it waits
    until no key has come for a while (the person's clock, here one that moves when told)."""
    now = [1000.0]
    monkeypatch.setattr(idle_gc, "monotonic", lambda: now[0])
    app = make_app("lea")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        for _ in range(50):  # the area screen's module is loaded in the background
            await pilot.pause(0.1)
            if app.ahead is not None:
                break
        assert app.ahead is not None
        await pilot.press("m")
        now[0] += AHEAD_AFTER_PAUSE - 0.1
        await pilot.pause(CHECK_EVERY * 3)
        assert app.area_screen is None  # not paused long enough yet
        await pilot.press("m")  # a key starts the pause again
        now[0] += 1.0
        await pilot.pause(CHECK_EVERY * 3)
        assert app.area_screen is None
        now[0] += AHEAD_AFTER_PAUSE
        for _ in range(30):
            await pilot.pause(0.1)
            if app.area_screen is not None:
                break
        assert app.area_screen is not None and app.ahead is None
        await open_area(pilot, "O15")
        assert app.screen is app.area_screen


async def test_a_click_on_the_key_bar_presses_its_key(make_app: App) -> None:
    app = make_app("lea")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        board = app.screen
        assert isinstance(board, OverviewScreen) and not board.table_view
        bar = board.query_one(KeyBar)
        start = next(a for a, _, key in bar.spans if key == "t")
        await pilot.click(KeyBar, offset=(start + 1, 0))
        await settle(pilot)
        assert board.table_view


async def test_a_narrow_tab_line_slides_to_the_chosen_tab(make_app: App) -> None:
    app = make_app("hanna")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await open_area(pilot, "O15")
        strip = app.screen.query_one(TabStrip)
        assert "Historik" not in screen_text(app)  # nine labels do not fit in 80 columns
        strip.active = "tab-history"
        await settle(pilot)
        line = next(x for x in screen_text(app).splitlines() if "Historik" in x)
        assert line.startswith("‹") and "Medskapande" not in line
        start = next(a for a, _, pane in strip.spans if pane == "tab-lessons")
        await pilot.click(TabStrip, offset=(start + 1, 0))  # clicks land on what is shown
        await settle(pilot)
        assert strip.active == "tab-lessons"


async def test_an_area_that_cannot_be_read_is_an_error_where_the_user_is(make_app: App) -> None:
    app = make_app("lea")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        board = app.screen
        open_area_now(app, "O999")
        await settle(pilot)
        assert app.screen is board  # no empty area screen
        assert "O999" in screen_text(app)  # the service's message, as a notification


async def test_a_slow_read_shows_the_area_at_once_and_fills_it(
    make_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(area_module, "SLOW_READ", 0.0)  # every read counts as slow
    app = make_app("lea")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        open_area_now(app, "O16")
        await settle(pilot)
        assert isinstance(app.screen, AreaScreen) and app.screen.key == "O16"
        assert "O16 · Hur kan kommunen" in screen_text(app)


async def test_history_pages_to_the_first_event_and_a_click_opens_one(make_app: App) -> None:
    app = make_app("fia")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        total = len(app.service().audit_list(limit=100_000))
        assert total > 200  # more than one page
        await pilot.press("h")
        await settle(pilot)
        history = app.screen
        assert isinstance(history, HistoryScreen)
        table = history.query_one("#events", RowTable)
        # End goes to the last row loaded; there the next page is fetched, until the first.
        for _ in range(10):
            await pilot.press("end")
            await settle(pilot)
            if history.exhausted:
                await pilot.press("end")
                await settle(pilot)
                break
        assert history.exhausted
        text = screen_text(app)
        assert "början av historiken" in text
        assert f"{table.row_count} händelser visas" in text
        assert table.row_count == total
        # The oldest event is on the last line of the table, the header still above the rows.
        assert history.current() is history.events[-1]
        assert detail_head(app) == f"#{history.events[-1].id}"
        lines = text.splitlines()
        header = next(i for i, line in enumerate(lines) if line.split()[:2] == ["#", "När"])
        assert lines[header + 1].split()[0].isdigit()
        # A click on a row chooses it: the event opens whole.
        await pilot.press("home")
        await settle(pilot)
        assert history.current() is history.events[0]
        top = table.region.y
        await pilot.click(RowTable, offset=(3, 3))  # the header, then rows 0, 1, 2
        await settle(pilot)
        assert isinstance(app.screen, EventScreen)
        assert f"#{history.events[2].id}" in screen_text(app)
        assert table.region.y == top
