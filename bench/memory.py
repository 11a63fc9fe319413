"""Peak memory (RSS) of the terminal UI: on the national-scale workspace against a bare Textual
app that paints one label, and on the same areas with a small trail — memory should not grow
with the size of the audit trail. Each figure comes from a fresh process of its own."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.tui import workspace

# Runs in a child process: paints the board (and opens the history, which pages the trail),
# then prints its peak resident set in KiB (Linux).
_CHILD = """
import asyncio, sys

async def ours(path):
    from bench.tui import _idle
    from innovation.store.database import Database
    from innovation.tui.app import InnovationApp
    from innovation.tui.widgets.board import Board


    app = InnovationApp(Database(path), "lea")
    async with app.run_test(size=(160, 48)) as pilot:
        while not app.screen.query_one(Board).allow_focus():
            await _idle(pilot)
        await pilot.press("h")
        await _idle(pilot)
        for _ in range(20):
            await pilot.press("pagedown")
        await _idle(pilot)

async def bare():
    from textual.app import App
    from textual.widgets import Label

    class Bare(App):
        def compose(self):
            yield Label("innovation")

    async with Bare().run_test(size=(160, 48)) as pilot:
        await pilot.pause()

asyncio.run(ours(sys.argv[1]) if sys.argv[1] != "bare" else bare())
# VmHWM belongs to this program's own address space; ru_maxrss would also count the parent
# that started it (Linux keeps it across exec).
print(next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM:")))
"""


def _peak_kib(target: str) -> int:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, target], check=True, capture_output=True, text=True
    )
    return int(out.stdout.strip().splitlines()[-1])


def run(areas: int = 3200, events: int = 1_000_000, small: int = 10_000) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "national.sqlite"
        little = Path(tmp) / "small.sqlite"
        workspace(big, areas, events)
        workspace(little, areas, small)
        ours, baseline = _peak_kib(str(big)), _peak_kib("bare")
        with_small = _peak_kib(str(little))
    mib = 1024.0
    return [
        {
            "workload": f"TUI peak RSS ({areas:,} areas, {events:,} events), MiB",
            "ours": round(ours / mib, 1),
            "baseline": round(baseline / mib, 1),
            "ratio": round(ours / baseline, 2),
            "goal": "reported",
            "met": True,
        },
        {
            "workload": f"TUI peak RSS, {events:,} against {small:,} events, MiB",
            "ours": round(ours / mib, 1),
            "baseline": round(with_small / mib, 1),
            "ratio": round(ours / with_small, 2),
            "goal": "does not grow with the trail (≤ 1.1×)",
            "met": ours <= with_small * 1.1,
        },
    ]
