"""The tertial report for a national-scale workspace, against reading its rows with plain SELECT."""

from __future__ import annotations

import sqlite3
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.tui import workspace
from innovation.reports.tertial import build
from innovation.service import Service
from innovation.store.database import Database


def run(areas: int = 3200, events: int = 1_000_000) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "national.sqlite"
        workspace(path, areas, events)
        db = Database(str(path))
        # The report as it is made while the period runs: read on its last day, as of today
        # (a period that has ended reads the trail up to its end, and once closed is stored).
        svc = Service(db, "ada", clock=lambda: datetime(2023, 4, 30, 20, 0, tzinfo=UTC))
        svc.open_period("2023-T1")
        start = time.perf_counter()
        report = build(svc, "2023-T1")
        ours = time.perf_counter() - start
        db.close()
        con = sqlite3.connect(path)
        start = time.perf_counter()
        for sql in (
            "SELECT * FROM area",
            "SELECT * FROM status_report WHERE period = '2023-T1'",
            "SELECT * FROM indicator",
            "SELECT * FROM phase_stay",
            "SELECT * FROM trial WHERE created_at >= '2023-01-01' AND created_at < '2023-05-01'",
            "SELECT * FROM lesson WHERE created_at >= '2023-01-01' AND created_at < '2023-05-01'",
        ):
            con.execute(sql).fetchall()
        baseline = time.perf_counter() - start
        con.close()
    assert len(report["areas"]) == areas
    return [
        {
            "workload": f"tertial report ({areas:,} areas, {events:,} events), s",
            "ours": round(ours, 3),
            "baseline": round(baseline, 3),
            "ratio": round(ours / baseline, 3),
            "goal": "< 1 s",
            "met": ours < 1.0,
        }
    ]
