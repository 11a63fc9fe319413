"""The board shows every area of a column through the cards that fit, moved by the keys."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from textual.events import Key, MouseScrollDown, MouseScrollUp

from innovation.domain import Refused
from innovation.i18n import t
from innovation.service import Service
from innovation.store.database import Database
from innovation.tui import board_data
from innovation.tui.app import InnovationApp
from innovation.tui.screens import overview
from innovation.tui.screens.area import AreaScreen
from innovation.tui.widgets.board import Board
from tests.tui.conftest import another_adds_an_area, screen_text, settle

App = Callable[..., InnovationApp]


def focused_key(app: InnovationApp) -> str:
    focused = app.screen.focused
    assert isinstance(focused, Board) and focused.selected is not None, focused
    return focused.selected.area.key


def shown(app: InnovationApp, phase: str) -> list[str]:
    return app.screen.query_one(Board).column(phase).shown_keys()


async def test_arrow_keys_move_through_a_column_longer_than_the_screen(make_app: App) -> None:
    app = make_app("lea")
    async with app.run_test(size=(80, 24)) as pilot:  # two cards fit; nuläge holds three
        await settle(pilot)
        assert focused_key(app) == "O15"
        assert shown(app, "nulage") == ["O15", "O16"]
        assert "1–2/3" in screen_text(app)
        await pilot.press("down", "down")
        await settle(pilot)
        assert focused_key(app) == "O17"
        assert shown(app, "nulage") == ["O16", "O17"]
        assert "2–3/3" in screen_text(app)
        await pilot.press("down")  # the last stays focused
        await settle(pilot)
        assert focused_key(app) == "O17"
        await pilot.press("home")
        await settle(pilot)
        assert focused_key(app) == "O15" and shown(app, "nulage") == ["O15", "O16"]
        await pilot.press("end")
        await settle(pilot)
        assert focused_key(app) == "O17"
        await pilot.press("right")  # to the next column, at the same height
        await settle(pilot)
        assert focused_key(app) == "O14"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, AreaScreen) and app.screen.key == "O14"


async def test_the_mouse_wheel_moves_a_column(make_app: App) -> None:
    app = make_app("lea")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        # Pilot has no wheel of its own; its event helper posts one where the pointer is.
        await pilot._post_mouse_events([MouseScrollDown], "#board", offset=(3, 3))
        await settle(pilot)
        assert shown(app, "nulage") == ["O16", "O17"]
        await pilot._post_mouse_events([MouseScrollDown], "#board", offset=(3, 3))
        await settle(pilot)
        assert shown(app, "nulage") == ["O16", "O17"]  # no further than the last
        await pilot._post_mouse_events([MouseScrollUp], "#board", offset=(3, 3))
        await settle(pilot)
        assert shown(app, "nulage") == ["O15", "O16"]


async def test_a_filter_keeps_the_focused_area_and_mounts_nothing(make_app: App) -> None:
    app = make_app("lea")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        widgets = set(app.screen.query("*"))
        await pilot.press("right", "right")  # O2 in nyläge
        await settle(pilot)
        before = focused_key(app)
        assert before == "O2"
        await pilot.press("s", "s")  # målstyrt only: O2's track; it stays focused
        await settle(pilot)
        assert set(app.screen.query("*")) == widgets  # no widget mounted or removed
        assert focused_key(app) == "O2" and "målstyrt" in screen_text(app)
        await pilot.press("s")  # both tracks
        await settle(pilot)
        assert focused_key(app) == "O2"
        await pilot.press("s")  # målsökande only: O2 goes, another takes its place
        await settle(pilot)
        assert focused_key(app) != "O2" and "O2" not in shown(app, "nylage")
        await pilot.press("s", "s")  # back to both tracks
        await settle(pilot)
        assert "11 av 11 områden" in screen_text(app)


async def test_keys_typed_fast_act_in_order(make_app: App) -> None:
    app = make_app("lea")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("down", "right", "enter")  # O15 → O16 → avgränsning's second, O14
        await settle(pilot)
        assert isinstance(app.screen, AreaScreen) and app.screen.key == "O14"


async def test_a_slow_first_read_paints_the_board_when_it_comes(
    make_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(overview, "FIRST_READ_WAIT", 0.0)  # the UI does not wait at all
    app = make_app("lea")
    async with app.run_test(size=(160, 48)) as pilot:
        for _ in range(20):
            await settle(pilot)
            if "11 av 11 områden" in screen_text(app):
                break
        assert "11 av 11 områden" in screen_text(app)
        assert shown(app, "nulage") == ["O15", "O16", "O17"]


async def test_a_first_read_that_fails_says_why(
    make_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(svc: object, head: int | None = None) -> object:
        raise Refused("db.busy")

    monkeypatch.setattr(overview, "read_board", refuse)
    app = make_app("lea")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert t("db.busy") in screen_text(app)


async def test_the_first_screen_is_read_first_and_the_rest_after(
    make_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first frame reads only the cards it shows; a filter typed before every area is read
    says so, and applies when they are."""
    rest = threading.Event()
    reads: list[int | None] = []
    read = overview.read_board

    def held(svc: Service, head: int | None = None) -> overview.BoardData:
        reads.append(head)
        if head is None:
            rest.wait(10)
        return read(svc, head)

    monkeypatch.setattr(overview, "read_board", held)
    # The first read takes as many cards as the terminal shows, and at least HEAD_READ.
    monkeypatch.setattr(board_data, "HEAD_READ", 2)
    monkeypatch.setenv("LINES", "24")
    app = make_app("lea")
    async with app.run_test(size=(80, 24)) as pilot:  # two cards fit; nuläge holds three
        for _ in range(3):  # not settle(): it would wait for the held read
            await pilot.pause()
        assert reads[0] == 2
        assert shown(app, "nulage") == ["O15", "O16"] and "1–2/3" in screen_text(app)
        assert "11 av 11 områden" in screen_text(app)
        await pilot.press("s")  # one track only: needs every area
        await pilot.pause()
        assert t("tui.reading") in screen_text(app)
        rest.set()
        for _ in range(20):
            await settle(pilot)
            if t("tui.reading") not in screen_text(app):
                break
        assert reads[1] is None
        assert t("track.malsokande") in screen_text(app)
        board = app.screen
        assert isinstance(board, overview.OverviewScreen)
        assert all(a.track == "malsokande" for a in board.shown_areas())
        assert f"{len(board.shown_areas())} av 11 områden" in screen_text(app)


async def test_a_click_on_a_card_opens_its_area(make_app: App) -> None:
    app = make_app("lea")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        # Below a column's top border, each card is 7 rows and a blank one: row 8 is a gap.
        await pilot.click("#board", offset=(4, 8))
        await settle(pilot)
        assert isinstance(app.screen, overview.OverviewScreen)
        await pilot.click("#board", offset=(4, 11))  # nuläge's second card: O16
        await settle(pilot)
        assert isinstance(app.screen, AreaScreen) and app.screen.key == "O16"


async def test_a_search_typed_right_after_the_slash(make_app: App) -> None:
    """The search field is made when first wanted; what is typed after the slash goes in it."""
    app = make_app("lea")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert not app.screen.query("#search")
        await pilot.press("slash", "o", "1", "6")
        await settle(pilot)
        assert "“o16”" in screen_text(app) and "1 av 11 områden" in screen_text(app)
        await pilot.press("enter", "enter")  # leave the field, open the one area shown
        await settle(pilot)
        assert isinstance(app.screen, AreaScreen) and app.screen.key == "O16"


async def test_return_in_the_search_then_a_key_typed_at_once(make_app: App) -> None:
    """The key after return acts on the board, however fast it comes (sent as one burst, as
    a terminal delivers a fast typist's keys)."""
    app = make_app("lea")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("slash", "o", "1", "6")
        await settle(pilot)
        driver = app._driver
        assert driver is not None
        for key, character in (("enter", "\r"), ("t", "t")):
            event = Key(key, character)
            event.set_sender(app)
            driver.send_message(event)
        await settle(pilot)
        assert "“o16”" in screen_text(app)  # not "o16t"
        board = app.screen
        assert isinstance(board, overview.OverviewScreen) and board.table_view


async def test_a_card_shows_the_questions_first_lines_as_text(make_app: App, demo_db: Path) -> None:
    """Markup in a question shows as text; a question too long for the card ends in an
    ellipsis; what waits is yellow, the days in the phase dim."""
    db = Database(str(demo_db))
    key = Service(db, "ada").create_area(
        "Hur kan vi [bold]lyssna[/bold] på  alla som bor här, i varje del av kommunen, varje dag?",
        track="malsokande", fadder="karl", ledartrojor=["lea", "leo"],
    )  # fmt: skip
    db.close()
    app = make_app("lea")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert key in shown(app, "nulage")
        # Nuläge's cards: the lines inside their borders.
        rows = [r.split("│")[2].strip() for r in screen_text(app).splitlines() if r[:2] == "││"]
        at = rows.index(f"{key} MSÖ")
        assert rows[at + 1 : at + 5] == [
            "Hur kan vi", "[bold]lyssna[/bold]", "på alla som bor här…", "0 d i fasen",
        ]  # fmt: skip
        board = app.screen.query_one(Board)
        styles = {
            s.text.strip(): s.style
            for y in range(board.content_size.height)
            for s in board.render_line(y)
            if s.text.strip().endswith((" d", " d i fasen"))
        }
        waits = next(style for text, style in styles.items() if text.startswith("⧗"))
        assert waits is not None and waits.color is not None and waits.color.name == "yellow"
        days = next(style for text, style in styles.items() if text.endswith("i fasen"))
        assert days is not None and days.dim


async def test_coming_back_reads_every_area_again_only_when_something_changed(
    make_app: App, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Back from an area with nothing recorded since, the board keeps what it shows; a change
    made meanwhile (here by another person, with the app's own check for changes stopped)
    shows on coming back, and F5 reads everything whatever the trail says."""
    reads: list[int | None] = []
    read = overview.read_board

    def counted(svc: Service, head: int | None = None) -> overview.BoardData:
        reads.append(head)
        return read(svc, head)

    monkeypatch.setattr(overview, "read_board", counted)
    monkeypatch.setattr(InnovationApp, "check_changes", lambda self: None)
    app = make_app("lea")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert reads.count(None) == 1  # every area, once the first screen was shown
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, AreaScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert reads.count(None) == 1 and "11 av 11 områden" in screen_text(app)

        await pilot.press("enter")
        await settle(pilot)
        another_adds_an_area(str(demo_db))
        await pilot.press("escape")
        await settle(pilot)
        assert reads.count(None) == 2
        assert "O18" in screen_text(app) and "12 av 12 områden" in screen_text(app)

        await pilot.press("f5")
        await settle(pilot)
        assert reads.count(None) == 3


async def test_a_day_before_the_first_area_says_when_the_first_came(
    make_app: App, demo_db: Path
) -> None:
    """Not "no areas yet: create one" (what an empty workspace is told), on a day when the
    record says areas were still to come."""
    svc = Service(Database(str(demo_db)), "lea")
    first = svc.show_area(svc.list_areas(merged=True)[0].key).created_at[:10]  # oldest first
    before = date.fromisoformat(first) - timedelta(days=1)
    app = make_app("lea")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("D")
        await settle(pilot)
        form = screen_text(app)
        # The form shows a day; it saves nothing, and does not say it does.
        assert "Visa (ctrl+s)" in form and "enter visar" in form and "Spara" not in form
        await pilot.press(*before.isoformat(), "enter")
        await settle(pilot)
        shown = " ".join(screen_text(app).split())
        assert (
            f"Inga områden fanns ännu vid slutet av {before}: det första skapades {first}." in shown
        ), shown
        assert "innovation area create" not in shown


async def test_the_board_shows_each_day_viewed_and_today_again(make_app: App) -> None:
    """A past day, today, another past day, today: the board shows each as it was (what a
    visit keeps, it keeps only for the day it was read for)."""
    app = make_app("lea")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert "11 av 11 områden" in screen_text(app)
        days = (("2024-03-01", 7, 2), (None, 11, 3), ("2024-06-01", 11, 7), (None, 11, 3))
        for day, count, nulage in days:
            await pilot.press("D")
            await settle(pilot)
            if day is not None:
                await pilot.press(*day, "enter")
                await settle(pilot)
            assert isinstance(app.screen, overview.OverviewScreen), screen_text(app)
            top, shown, columns = screen_text(app).splitlines()[:3]
            assert (f"läget {day}" in top) if day else ("läget" not in top)
            assert f"{count} av {count} områden" in shown and f"Nuläge {nulage} " in columns
