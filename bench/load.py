"""Sixteen clients on one local PostgreSQL server: audited commands on their own areas against
the same clients doing raw single-row INSERT … COMMIT through psycopg, in the same run; then all
sixteen hammering one area, after which nothing may be lost or doubled and the chain verifies."""

from __future__ import annotations

import statistics
import threading
import time
from collections.abc import Callable
from typing import Any

import psycopg

from innovation.domain import InnovationError
from innovation.service import Service
from innovation.store.database import Database
from tests.pg import PgServer

CLIENTS = 16


def _clients(work: Callable[[int], None], per_client: int) -> tuple[float, list[float]]:
    """Runs `work(client)` per_client times in each of CLIENTS threads; returns the wall time
    and every call's latency."""
    barrier = threading.Barrier(CLIENTS)
    latencies: list[list[float]] = [[] for _ in range(CLIENTS)]

    def client(i: int) -> None:
        barrier.wait()
        for _ in range(per_client):
            start = time.perf_counter()
            work(i)
            latencies[i].append(time.perf_counter() - start)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(CLIENTS)]
    start = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return time.perf_counter() - start, [x for xs in latencies for x in xs]


def _p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100)[98]


def run(per_client: int = 100) -> list[dict[str, Any]]:
    server = PgServer().start()
    try:
        url = server.url(server.create_database())
        db = Database(url)
        admin = Service(db, "ada")
        admin.add_person("ada", name="Ada", roles=["admin", "facilitator"])
        admin.add_person("fred", name="Fred", roles=["fadder"])
        leads = [f"lead{i}" for i in range(CLIENTS)]
        for u in leads:
            admin.add_person(u, name=u, roles=["ledartroja"])
        areas = [
            admin.create_area(
                f"Hur kan vi förbättra tjänst {i}?",
                track="malsokande",
                fadder="fred",
                ledartrojor=[leads[i], leads[(i + 1) % CLIENTS]],
            )
            for i in range(CLIENTS)
        ]

        def command(i: int) -> None:
            Service(db, leads[i]).add_lesson(areas[i], "en lärdom från veckan")

        ours_time, ours_lat = _clients(command, per_client)

        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("CREATE TABLE raw_bench (id serial PRIMARY KEY, area int, text text)")
        local = threading.local()

        def raw(i: int) -> None:
            conn = getattr(local, "conn", None)
            if conn is None:
                conn = local.conn = psycopg.connect(url, autocommit=True)
            conn.execute(
                "INSERT INTO raw_bench (area, text) VALUES (%s, %s)", (i, "en lärdom från veckan")
            )

        raw_time, raw_lat = _clients(raw, per_client)

        # All sixteen on one area: lessons from everyone, and moves racing for one request.
        target = areas[0]
        ok_lessons = [0] * CLIENTS
        filed: list[str] = []
        lock = threading.Lock()
        hammer_leads = [leads[0], leads[1]]

        def hammer(i: int) -> None:
            who = hammer_leads[i % 2]
            svc = Service(db, who)
            svc.add_lesson(target, f"lärdom från klient {i}")
            ok_lessons[i] += 1
            try:
                result = svc.move(target, "avgransning", reason="nuläget klart")
            except InnovationError:
                return
            with lock:
                filed.append(result.phase)

        Service(db, leads[0]).add_activity(target, kind="workshop", residents=3)
        _clients(hammer, 20)
        check = Service(db, "ada")
        lessons = len(check.show_area(target).lessons)
        moves = [e for e in check.history(target) if e.kind == "move"]
        verified = check.verify().ok
        _, differences, _ = check.replay()
        db.close()
    finally:
        server.stop()
    commands = CLIENTS * per_client
    ours_rate, raw_rate = commands / ours_time, commands / raw_time
    sound = (
        lessons == per_client + sum(ok_lessons)
        and len(moves) == len(filed) == 1
        and verified
        and not differences
    )
    return [
        {
            "workload": f"{CLIENTS} clients, own areas, commands/s (PostgreSQL)",
            "ours": round(ours_rate, 1),
            "baseline": round(raw_rate, 1),
            "ratio": round(ours_rate / raw_rate, 3),
            "goal": "report ratio and p99",
            "met": True,
            "p99_ms": round(_p99(ours_lat) * 1000, 1),
            "baseline_p99_ms": round(_p99(raw_lat) * 1000, 1),
        },
        {
            "workload": f"{CLIENTS} clients hammering one area: lost/doubled",
            "ours": float(lessons - per_client - sum(ok_lessons)) + float(len(moves) - 1),
            "baseline": 0.0,
            "ratio": 1.0,
            "goal": "0, chain verifies, replay matches",
            "met": sound,
        },
    ]
