"""Verifying the audit chain against hashing the same canonical bytes in a bare loop."""

from __future__ import annotations

import hashlib
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.trail import generate
from innovation.service import Service
from innovation.store.database import Database


def run(events: int = 1_000_000) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "trail.sqlite"
        blobs = generate(path, events)
        sha256 = hashlib.sha256
        start = time.perf_counter()
        for data in blobs:
            sha256(data).hexdigest()
        baseline = time.perf_counter() - start
        del blobs
        db = Database(str(path))
        start = time.perf_counter()
        report = Service(db, "lea").verify()
        ours = time.perf_counter() - start
        db.close()
    assert report.ok and report.count == events, report
    return [
        {
            "workload": f"audit verify ({events:,} events), seconds",
            "ours": round(ours, 3),
            "baseline": round(baseline, 3),
            "ratio": round(ours / baseline, 3),
            "goal": "<= 2x hashlib over the same bytes",
            "met": ours / baseline <= 2.0,
        }
    ]
