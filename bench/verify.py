"""Verifying the audit chain against hashing the same canonical bytes in a bare loop.

The two take turns, three times each, and the medians are compared: on a shared machine the
second core that the walk uses is busy at some moments and free at others (one verify after one
baseline read 1.46× and 2.88× for the same code on the same day).
"""

from __future__ import annotations

import hashlib
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.trail import generate
from innovation.service import Service
from innovation.store.database import Database

TURNS = 3


def _hashing(blobs: list[bytes]) -> float:
    sha256 = hashlib.sha256
    start = time.perf_counter()
    for data in blobs:
        sha256(data).hexdigest()
    return time.perf_counter() - start


def _documents(path: Path) -> list[bytes]:
    con = sqlite3.connect(path)
    try:
        return [row[0] for row in con.execute("SELECT CAST(doc AS BLOB) FROM audit_event")]
    finally:
        con.close()


def run(events: int = 1_000_000, turns: int = TURNS) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "trail.sqlite"
        blobs: list[bytes] | None = generate(path, events)
        baselines: list[float] = []
        walks: list[float] = []
        for _ in range(turns):
            # The documents are held only while they are hashed: the walk runs without them.
            baselines.append(_hashing(blobs if blobs is not None else _documents(path)))
            blobs = None
            db = Database(str(path))
            start = time.perf_counter()
            report = Service(db, "lea").verify()
            walks.append(time.perf_counter() - start)
            db.close()
            assert report.ok and report.count == events, report
    baseline, ours = statistics.median(baselines), statistics.median(walks)
    return [
        {
            "workload": f"audit verify ({events:,} events), seconds",
            "ours": round(ours, 3),
            "baseline": round(baseline, 3),
            "ratio": round(ours / baseline, 3),
            "goal": "<= 2x hashlib over the same bytes",
            "met": ours / baseline <= 2.0,
            "runs_s": {
                "ours": [round(x, 3) for x in walks],
                "baseline": [round(x, 3) for x in baselines],
            },
        }
    ]
