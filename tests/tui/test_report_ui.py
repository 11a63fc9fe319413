"""Rapport: the tertial report in the terminal, for a chosen period."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Select

from innovation.service import Service
from innovation.store.database import Database
from innovation.tui.app import InnovationApp
from innovation.tui.screens.report import SHOWN_KEYS, ReportScreen
from innovation.tui.widgets.lines import Lines
from tests.tui.conftest import fixed_clock, screen_text, settle

App = Callable[..., InnovationApp]


async def open_report(pilot: Pilot[None], app: InnovationApp, period: str) -> None:
    """From the board: r, then the period chosen in the screen's list."""
    await settle(pilot)
    await pilot.press("r")
    await settle(pilot)
    assert isinstance(app.screen, ReportScreen)
    app.screen.query_one("#period", Select).value = period
    await settle(pilot)


async def test_report_screen(make_app: App) -> None:
    app = make_app("fia")
    async with app.run_test(size=(160, 60)) as pilot:
        await open_report(pilot, app, "2024-T2")
        text = screen_text(app)
        assert "Uppföljning 2024-T2" in text
        assert "grön 5" in text and "röd 2" in text
        assert "Områden per fas" in text and "Status per tertial" in text
        assert "O15 röd" in text


async def test_report_names_the_first_missing_areas_and_counts_the_rest(
    make_app: App, demo_db: Path
) -> None:
    db = Database(str(demo_db))
    ada = Service(db, "ada", clock=fixed_clock)
    ada.set_setting("colour_by", "area")  # each area is asked for its colour
    new = [
        ada.create_area(
            f"Hur kan vi [b]prova[/b] {i}?",
            track="malsokande",
            fadder="karl",
            ledartrojor=["lea", "leo"],
        )
        for i in range(SHOWN_KEYS + 5)
    ]
    db.close()
    app = make_app("fia")
    async with app.run_test(size=(160, 60)) as pilot:
        # The period that runs now (T3): none of the demo's areas has reported for it yet.
        await open_report(pilot, app, "2024-T3")
        text = screen_text(app)
        line = next(x for x in text.splitlines() if x.startswith("Saknar rapport:"))
        missing = [a.key for a in Service(Database(str(demo_db)), "ada").list_areas()]
        assert len(missing) == 11 + SHOWN_KEYS + 5
        shown = ", ".join(missing[:SHOWN_KEYS])
        assert line == f"Saknar rapport: {shown} och {len(missing) - SHOWN_KEYS} till"
        # Every area is still listed below, its question as written.
        body = app.screen.query_one("#report-areas", Lines)
        listed = body.text
        assert f"{new[-1]} saknas" in listed and "Hur kan vi [b]prova[/b] 24?" in listed
        # On a smaller terminal, scrolled to its end, the list draws its last area, as
        # written, and no longer its first.
        await pilot.resize_terminal(100, 30)
        await settle(pilot)
        app.screen.query_one("#report-body").scroll_end(animate=False)
        await settle(pilot)
        last = screen_text(app)
        assert f"● {new[-1]} saknas" in last and "Hur kan vi [b]prova[/b] 24?" in last
        assert f"● {missing[0]} " not in last  # the first areas have scrolled out of view


async def test_a_period_opened_ahead_is_not_offered_until_it_begins(
    make_app: App, demo_db: Path
) -> None:
    db = Database(str(demo_db))
    Service(db, "fia", clock=fixed_clock).open_period("2025-T1")  # opened ahead
    db.close()
    app = make_app("fia")
    async with app.run_test(size=(160, 60)) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        select = app.screen.query_one("#period", Select)
        assert select.value == "2024-T3"  # the period that runs now, not the one ahead
        text = screen_text(app)
        assert "Uppföljning 2024-T3" in text and "har inte börjat" not in text
        select.focus()
        await pilot.press("enter")  # the list of periods, as the person opens it
        await settle(pilot)
        text = screen_text(app)
        assert "2024-T2" in text and "2025-T1" not in text


async def test_a_report_that_comes_after_another_period_was_chosen_is_not_shown(
    make_app: App,
) -> None:
    """The screen builds the period it opens on at once; a person quicker than that build
    sees the period they chose, not the first one arriving late over it."""
    app = make_app("fia")
    async with app.run_test(size=(160, 60)) as pilot:
        await open_report(pilot, app, "2024-T3")
        screen = app.screen
        assert isinstance(screen, ReportScreen) and screen.report is not None
        late = screen.report
        screen.query_one("#period", Select).value = "2024-T2"
        await settle(pilot)
        assert "Uppföljning 2024-T2" in screen_text(app)
        screen._show(late)  # the first period's report, arriving now
        await settle(pilot)
        text = screen_text(app)
        assert "Uppföljning 2024-T2" in text and "Uppföljning 2024-T3" not in text
        assert screen.report is not None and screen.report["period"] == "2024-T2"


async def test_the_first_visit_reads_once_and_coming_back_reads_the_periods_again(
    make_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The screen starts reading as it is made (not when it is first shown); that first
    showing reads nothing more, and coming back to it (here from the write form) reads the
    periods again, not the report."""
    from innovation.tui.screens import report as report_screen

    reads: list[str] = []
    periods, build = ReportScreen._periods, report_screen.build_report
    monkeypatch.setattr(
        ReportScreen, "_periods", lambda s, p: (reads.append("periods"), periods(s, p))[1]
    )
    monkeypatch.setattr(
        report_screen, "build_report", lambda svc, p: (reads.append(p), build(svc, p))[1]
    )
    app = make_app("fia")
    async with app.run_test(size=(160, 60)) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        assert sorted(reads) == ["2024-T3", "periods"]  # the two run at once
        assert "Uppföljning 2024-T3" in screen_text(app)
        await pilot.press("w")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ReportScreen)
        assert sorted(reads) == ["2024-T3", "periods", "periods"]
