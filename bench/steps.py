"""Audited steps per second: `innovation move` end to end against raw sqlite3 doing the same writes.

Ours: the service checks the person and the flow, updates the area and appends a hash-chained
audit event, in one BEGIN IMMEDIATE transaction. The floor: raw sqlite3 doing one row update
and one audit-row insert per transaction, on the same schema and `synchronous` setting.

The two take turns, a batch of steps each, on workspaces prepared alike: the machine's load
changes from second to second, and timed one after the other the two met different machines
(the same code read 23 % to 43 % of the floor in successive runs).
"""

from __future__ import annotations

import gc
import hashlib
import sqlite3
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from innovation.service import Service
from innovation.store.database import Database

BATCH = 50
# The same document shape the program writes, chained and hashed, so the database derives the
# same fields and its guard accepts it as the next event.
_DOC = (
    '[{},"2024-05-01T00:00:00.000000Z","lea","move","O1",null,"{{}}","{{}}",null,"2024-05-01","{}"]'
)


def _prepare(path: Path, areas: int, synchronous: str) -> Database:
    db = Database(str(path), synchronous=synchronous)
    clock = lambda: datetime(2024, 5, 1, tzinfo=UTC)  # noqa: E731
    admin = Service(db, "ada", clock=clock)
    admin.add_person("ada", name="Ada", roles=["admin", "facilitator"])
    admin.add_person("lea", name="Lea", roles=["ledartroja"])
    admin.add_person("leo", name="Leo", roles=["ledartroja"])
    admin.add_person("fred", name="Fred", roles=["fadder"])
    lead = Service(db, "lea", clock=clock)
    for _ in range(areas):
        key = admin.create_area(
            "Hur kan vi?", track="malsokande", fadder="fred", ledartrojor=["lea", "leo"]
        )
        lead.add_activity(key, kind="workshop", residents=3)
    return db


class _Raw:
    """Raw sqlite3 writing a step's two rows, on a workspace prepared as ours is."""

    def __init__(self, path: Path, areas: int, synchronous: str) -> None:
        db = _prepare(path, areas, synchronous)
        db.close()
        self.con = sqlite3.connect(path, isolation_level=None)
        self.con.execute("PRAGMA journal_mode=WAL")
        self.con.execute(f"PRAGMA synchronous={synchronous}")
        self.last_id, self.prev = self.con.execute(
            "SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1"
        ).fetchone()

    def step(self, area_id: int) -> None:
        self.last_id += 1
        text = _DOC.format(self.last_id, self.prev)
        self.prev = hashlib.sha256(text.encode("utf-8")).hexdigest()
        con = self.con
        con.execute("BEGIN IMMEDIATE")
        con.execute(
            "UPDATE area SET phase = 'avgransning', version = version + 1 WHERE id = ?",
            (area_id,),
        )
        con.execute(
            "INSERT INTO audit_event (id, doc, hash) VALUES (?, ?, ?)",
            (self.last_id, text, self.prev),
        )
        con.execute("COMMIT")


def floor(areas: int, synchronous: str) -> float:
    """Raw sqlite3's steps per second on its own (the peer comparison's ceiling)."""
    with tempfile.TemporaryDirectory() as tmp:
        raw = _Raw(Path(tmp) / "floor.sqlite", areas, synchronous)
        gc.collect()
        start = time.perf_counter()
        for i in range(1, areas + 1):
            raw.step(i)
        elapsed = time.perf_counter() - start
        raw.con.close()
    return areas / elapsed


def paired(areas: int, synchronous: str) -> tuple[float, float]:
    """Ours and the floor's steps per second, taking turns a batch at a time (each goes first
    in every other batch)."""
    with tempfile.TemporaryDirectory() as tmp:
        raw = _Raw(Path(tmp) / "floor.sqlite", areas, synchronous)
        db = _prepare(Path(tmp) / "ours.sqlite", areas, synchronous)
        lead = Service(db, "lea")

        def ours(ids: range) -> None:
            for i in ids:
                lead.move(f"O{i}", "avgransning", reason="Nuläget är kartlagt.")

        def theirs(ids: range) -> None:
            for i in ids:
                raw.step(i)

        spent = {ours: 0.0, theirs: 0.0}
        # What preparing the two workspaces left for the collector is not a step's cost (as
        # for the TUI's start-up): otherwise a full collection falls inside one side's batches
        # or not, by chance. The steps' own garbage is collected inside the clock.
        gc.collect()
        for n, first in enumerate(range(1, areas + 1, BATCH)):
            ids = range(first, min(first + BATCH, areas + 1))
            for side in (ours, theirs) if n % 2 else (theirs, ours):
                start = time.perf_counter()
                side(ids)
                spent[side] += time.perf_counter() - start
        db.close()
        raw.con.close()
    return areas / spent[ours], areas / spent[theirs]


def run(areas: int = 1000) -> list[dict[str, Any]]:
    results = []
    for synchronous, goal in (("FULL", 0.40), ("NORMAL", 0.20)):
        mine, base = paired(areas, synchronous)
        results.append(
            {
                "workload": f"audited steps/s (synchronous={synchronous})",
                "ours": round(mine, 1),
                "baseline": round(base, 1),
                "ratio": round(mine / base, 3),
                "goal": f">= {goal:.0%} of raw sqlite3",
                "met": mine / base >= goal,
            }
        )
    return results
