"""The demo: the same story dated relative to today, and starting afresh with --reset."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import date
from pathlib import Path

from innovation.seed import seed_demo
from innovation.service import Service
from innovation.store.database import Database
from tests.cli import invoke


def test_the_story_ends_shortly_before_today(tmp_path: Path) -> None:
    db = Database(str(tmp_path / "demo.sqlite"))
    today = date(2026, 11, 27)
    seed_demo(db, today=today)
    svc = Service(db, "fia")
    with db.read() as tx:
        last = tx.value("SELECT max(on_day) FROM audit_event")
        first = tx.value("SELECT min(on_day) FROM audit_event")
    assert date.fromisoformat(last) <= today
    assert (today - date.fromisoformat(last)).days < 124  # within one tertial
    assert first.startswith("2025-")  # the 2023 round, moved two years on
    periods = {p.key: p.status for p in svc.list_periods()}
    assert periods == {"2026-T2": "closed", "2026-T3": "open"}
    assert [r.name for r in svc.list_rounds()] == ["2025", "2026"]
    ages = [r.age_days for r in svc.list_requests(mine=False)]
    assert ages and max(ages) < 200  # no "939 d" waiting
    values = svc.indicator_values("I1")
    assert {v.year for v in values} == {2025, 2026}
    replayed, differences, _ = svc.replay()
    assert not differences


def test_without_today_the_story_is_as_written(tmp_path: Path) -> None:
    db = Database(str(tmp_path / "demo.sqlite"))
    seed_demo(db)
    with db.read() as tx:
        assert tx.value("SELECT min(on_day) FROM audit_event").startswith("2023-")


def test_demo_reset_starts_afresh_and_never_touches_a_real_workspace(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    env = {"INNOVATION_LANG": "en"}
    assert invoke(["--db", str(path), "demo", "--no-tui"], env).exit_code == 0
    changed = invoke(["--db", str(path), "--as", "hanna", "lesson", "add", "O15", "En lärdom"], env)
    assert changed.exit_code == 0, changed.output
    count = json.loads(
        invoke(["--db", str(path), "--as", "fia", "--json", "audit", "head"], env).stdout
    )
    again = invoke(["--db", str(path), "demo", "--no-tui"], env)  # keeps yesterday's change
    assert (
        json.loads(
            invoke(["--db", str(path), "--as", "fia", "--json", "audit", "head"], env).stdout
        )
        == count
    )
    assert again.exit_code == 0
    reset = invoke(["--db", str(path), "demo", "--no-tui", "--reset"], env)
    assert reset.exit_code == 0, reset.output
    after = json.loads(
        invoke(["--db", str(path), "--as", "fia", "--json", "audit", "head"], env).stdout
    )
    assert after["count"] == count["count"] - 1

    real = tmp_path / "kommun.sqlite"
    invoke(["--db", str(real), "person", "add", "ada", "--name", "Ada", "--role", "admin"], env)
    refused = invoke(["--db", str(real), "demo", "--no-tui", "--reset"], env)
    assert refused.exit_code == 1 and "not a demo workspace" in refused.output
    people = invoke(["--db", str(real), "--as", "ada", "--json", "person", "list"], env)
    assert [p["username"] for p in json.loads(people.stdout)] == ["ada"]


def test_without_a_terminal_the_ui_says_so_and_leaves_everything_as_it_was(
    tmp_path: Path,
) -> None:
    """From a script, a pipe or cron the UI would draw into a file and wait at full CPU for
    keys that never come: it says what to do instead, and seeds no demo."""
    program = Path(sys.executable).parent / "innovation"
    env = {**os.environ, "INNOVATION_LANG": "en"}
    path = tmp_path / "demo.sqlite"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(program), "--db", str(path), *args],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )

    refused = run("demo")
    assert refused.returncode == 1
    assert "The terminal UI needs a terminal" in refused.stderr
    assert "innovation demo --no-tui" in refused.stderr
    assert not path.exists()
    assert run("demo", "--no-tui").returncode == 0
    before = _contents(path)
    bare = run("--as", "fia")
    assert bare.returncode == 1
    assert "Give a command instead (innovation area list)" in bare.stderr
    assert _contents(path) == before


def _contents(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as con:
        return list(con.iterdump())
