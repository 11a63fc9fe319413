"""A whole process, from launch to the first painted frame: the bare Textual app's label, or our
board with its cards. Run as `python -m bench.launch bare|ours WHERE LAUNCH` (WHERE a SQLite file or
a PostgreSQL address), where LAUNCH is the
wall clock when the parent started the process; prints the seconds from then to the frame.

This module imports only what the measured program would (Textual, and for `ours` the app), so
the child pays no benchmark's imports that the person launching the program wouldn't."""

from __future__ import annotations

import asyncio
import sys
import time
from typing import Any


def _frames(app: Any, ready: Any) -> dict[str, float]:
    """Wraps the app's display: the wall time of the first frame after which `ready()` holds,
    the frame rendered to a terminal's bytes as a real terminal would need."""
    from textual._compositor import CompositorUpdate

    seen: dict[str, float] = {}
    display = app._display

    def timed(screen: Any, renderable: Any) -> None:
        display(screen, renderable)
        if isinstance(renderable, CompositorUpdate):
            renderable.render_segments(app.console)
        if renderable is not None and "at" not in seen and ready():
            seen["at"] = time.time()

    app._display = timed
    return seen


async def _run(app: Any, ready: Any) -> float:
    seen = _frames(app, ready)
    async with app.run_test(size=(160, 48)) as pilot:
        while "at" not in seen:
            await pilot.pause(0.005)
    return seen["at"]


def bare() -> float:
    from textual.app import App, ComposeResult
    from textual.widgets import Label

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Label("innovation")

    app = Bare()

    def ready() -> bool:
        return any(w.region.height for w in app.screen.query(Label))

    return asyncio.run(_run(app, ready))


def ours(path: str) -> float:
    # The way `innovation` opens the UI: its first reads in a child process where it can.
    from innovation.cli.context import Ctx, prepare_tui

    app = prepare_tui(Ctx(db=path, actor="lea"))
    from innovation.tui.widgets.board import Board

    def ready() -> bool:
        boards = app.screen.query(Board)
        return bool(boards) and boards.first().allow_focus()

    return asyncio.run(_run(app, ready))


if __name__ == "__main__":
    which, path, launch = sys.argv[1], sys.argv[2], float(sys.argv[3])
    painted = bare() if which == "bare" else ours(path)
    print(painted - launch)
