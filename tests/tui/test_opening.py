"""The UI's first reads (who acts, the people, the board), made by a forked child while the
UI imports Textual (tui/opening.py), and what the UI does with them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from innovation.service import Service
from innovation.store.database import Database
from innovation.tui.app import InnovationApp
from innovation.tui.opening import first_reads, in_child
from tests.pg import PgServer
from tests.tui.conftest import another_adds_an_area, pg_people, screen_text, settle

ROOT = Path(__file__).resolve().parents[2]

# Opens the UI the way `innovation` does, without running it, and says what it was given.
PREPARE = """
import json, sys
from innovation.cli.context import Ctx, prepare_tui
app = prepare_tui(Ctx(db=sys.argv[1], actor=sys.argv[2]))
board = app.first_read.result()
print(json.dumps({
    "actor": app.actor,
    "people": sorted(app.people),
    "areas": [a.key for a in board.areas],
    "counts": board.counts,
    "newest": app.seen_change,
    # The child read all of it: this process has not yet connected, nor loaded the driver.
    "connected": bool(app.db._held),
    "driver": "psycopg" in sys.modules,
}))
"""


def _prepare(where: str, actor: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INNOVATION_LANG": "en", "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run(
        [sys.executable, "-c", PREPARE, where, actor],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip


def _expected(db: Database, actor: str) -> dict[str, object]:
    first = first_reads(db, actor)
    return {
        "actor": first.actor,
        "people": sorted(p.username for p in first.people),
        "areas": [a.key for a in first.board.areas],
        "counts": first.board.counts,
        "newest": first.newest,
    }


def test_the_child_reads_what_the_ui_would(demo_db: Path) -> None:
    done = _prepare(str(demo_db), "Lea")
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    assert got.pop("connected") is False
    db = Database(str(demo_db))
    assert got.pop("driver") is False
    assert got == _expected(db, "lea")
    db.close()


def test_on_postgresql_the_ui_paints_before_loading_the_driver(
    pg_template: tuple[PgServer, str],
) -> None:
    url, db = pg_people(pg_template)
    Service(db, "ada").create_area(
        "Hur kan vi dela cyklar?", track="malstyrt", fadder="fred", ledartrojor=["lea", "leo"]
    )
    done = _prepare(url, "lea")
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    assert got.pop("connected") is False and got.pop("driver") is False
    assert got == _expected(db, "lea")
    db.close()


def test_a_stranger_is_told_once_by_the_ui_not_the_child(demo_db: Path) -> None:
    env = {**os.environ, "INNOVATION_LANG": "en", "INNOVATION_DB": str(demo_db)}
    done = subprocess.run(
        [str(Path(sys.executable).parent / "innovation"), "--as", "nobody"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.count("'nobody'") == 1, done.stderr


def test_no_child_while_a_thread_runs() -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert in_child(lambda: 1) is None
    finally:
        stop.set()
        other.join()


async def test_a_change_after_the_first_reads_shows_at_once(demo_db: Path) -> None:
    """What another person records between the child's reads and the UI's first check is not
    lost: the UI knows the newest event the board was read at."""
    db = Database(str(demo_db))
    first = first_reads(db, "fia")
    another_adds_an_area(str(demo_db))
    app = InnovationApp(db, first.actor, first=first)
    async with app.run_test(size=(160, 48)) as pilot:
        for _ in range(40):
            await pilot.pause(0.1)
            if "12 av 12" in screen_text(app):
                break
        await settle(pilot)
        assert "O18" in screen_text(app) and "12 av 12" in screen_text(app)


async def test_on_postgresql_too(pg_template: tuple[PgServer, str]) -> None:
    url, db = pg_people(pg_template)
    first = first_reads(db, "ada")
    another_adds_an_area(
        url, "Hur kan vi dela cyklar?", track="malstyrt", fadder="fred", round=None
    )
    app = InnovationApp(db, "ada", first=first)
    async with app.run_test(size=(160, 48)) as pilot:
        for _ in range(40):
            await pilot.pause(0.1)
            if "O1" in screen_text(app):
                break
        assert "O1 MS" in screen_text(app) and "1 av 1 områden" in screen_text(app)


def test_the_listener_tells_of_events_recorded_before_it_listened(
    pg_template: tuple[PgServer, str],
) -> None:
    _, db = pg_people(pg_template)
    svc = Service(db, "ada")
    seen = svc.last_change()
    svc.add_person("kim", name="Kim", roles=["fadder"])  # before anyone listens
    calls: list[int] = []

    def listen(since: int) -> int:
        calls.clear()
        rounds = iter([True, False])
        svc.listen_for_changes(
            since=since, running=lambda: next(rounds), changed=lambda: calls.append(1), every=0.05
        )
        return len(calls)

    assert listen(seen) == 1
    assert listen(svc.last_change()) == 0
    db.close()
