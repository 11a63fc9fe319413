"""Audited steps per second: `innovation move` end to end against raw sqlite3 doing the same writes.

Ours: the service checks the person and the flow, updates the area and appends a hash-chained
audit event, in one BEGIN IMMEDIATE transaction. The floor: raw sqlite3 doing one row update
and one audit-row insert per transaction, on the same schema and `synchronous` setting.
"""

from __future__ import annotations

import hashlib
import sqlite3
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from innovation.service import Service
from innovation.store.database import Database


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


def ours(areas: int, synchronous: str) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        db = _prepare(Path(tmp) / "ours.sqlite", areas, synchronous)
        lead = Service(db, "lea")
        start = time.perf_counter()
        for i in range(1, areas + 1):
            lead.move(f"O{i}", "avgransning", reason="Nuläget är kartlagt.")
        elapsed = time.perf_counter() - start
        db.close()
    return areas / elapsed


def floor(areas: int, synchronous: str) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        db = _prepare(Path(tmp) / "floor.sqlite", areas, synchronous)
        path = db.url.removeprefix("sqlite:///")
        db.close()
        con = sqlite3.connect(path, isolation_level=None)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute(f"PRAGMA synchronous={synchronous}")
        last_id, prev = con.execute(
            "SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1"
        ).fetchone()
        # The same document shape the program writes, chained and hashed, so the database
        # derives the same fields and its guard accepts it as the next event.
        doc = (
            '[{},"2024-05-01T00:00:00.000000Z","lea","move","O1",null,"{{}}","{{}}",null,'
            '"2024-05-01","{}"]'
        )
        start = time.perf_counter()
        for i in range(1, areas + 1):
            text = doc.format(last_id + i, prev)
            prev = hashlib.sha256(text.encode("utf-8")).hexdigest()
            con.execute("BEGIN IMMEDIATE")
            con.execute(
                "UPDATE area SET phase = 'avgransning', version = version + 1 WHERE id = ?", (i,)
            )
            con.execute(
                "INSERT INTO audit_event (id, doc, hash) VALUES (?, ?, ?)",
                (last_id + i, text, prev),
            )
            con.execute("COMMIT")
        elapsed = time.perf_counter() - start
        con.close()
    return areas / elapsed


def run(areas: int = 1000) -> list[dict[str, Any]]:
    results = []
    for synchronous, goal in (("FULL", 0.40), ("NORMAL", 0.20)):
        base = floor(areas, synchronous)
        mine = ours(areas, synchronous)
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
