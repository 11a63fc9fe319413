"""Commands as a person waits for them: every command of the README's walkthrough as a whole
process (`innovation …`), against a bare Python that opens the same file (or connects to the
same server) and reads the same rows, in the same run; on the demo and a national-scale
workspace, SQLite and PostgreSQL. Then the terminal UI from launch to its painted board, against
a bare Textual app launched the same way.

Bytecode is compiled first and PYTHONDONTWRITEBYTECODE is removed for the run: a person runs
the installed program, whose bytecode is cached."""

from __future__ import annotations

import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from innovation.seed import seed_demo
from innovation.service import Service
from innovation.store.database import Database

RUNS = 7
NATIONAL_AREAS = 3200


@dataclass(frozen=True)
class Case:
    """One command, who runs it, and the SQL a bare Python runs for the same rows. A command
    that writes runs on a fresh copy of the workspace each time (the copy is not timed), and
    its bare Python commits one row as durably as the command does."""

    label: str
    argv: tuple[str, ...]
    actor: str
    reads: tuple[str, ...]
    writes: bool = False


DEMO = (
    Case("area list", ("area", "list"), "fia",
         ("SELECT * FROM area", "SELECT * FROM request WHERE status = 'open'")),
    Case("area list --json", ("--json", "area", "list"), "fia",
         ("SELECT * FROM area", "SELECT * FROM request WHERE status = 'open'")),
    Case("area show O3", ("area", "show", "O3"), "lea",
         ("SELECT * FROM area WHERE id = 3", "SELECT * FROM activity WHERE area_id = 3",
          "SELECT * FROM trial WHERE area_id = 3", "SELECT * FROM lesson WHERE area_id = 3",
          "SELECT * FROM indicator WHERE area_id = 3", "SELECT * FROM phase_stay WHERE area_id = 3",
          "SELECT * FROM collaboration WHERE area_id = 3",
          "SELECT * FROM handover WHERE area_id = 3")),
    Case("requests --all", ("requests", "--all"), "fia",
         ("SELECT * FROM request WHERE status = 'open'", "SELECT * FROM area")),
    Case("history O3", ("history", "O3"), "fia",
         ("SELECT * FROM audit_event WHERE area = 'O3'", "SELECT * FROM person")),
    Case("person list", ("person", "list"), "fia", ("SELECT * FROM person",)),
    Case("activity add", ("activity", "add", "O12", "--kind", "workshop", "--residents", "12"),
         "jon", ("SELECT * FROM area WHERE id = 12",), writes=True),
    Case("scope set", ("scope", "set", "O12", "Ingår: …"), "jon",
         ("SELECT * FROM area WHERE id = 12",), writes=True),
)  # fmt: skip
_REPORT_READS = (
    "SELECT * FROM area",
    "SELECT * FROM status_report",
    "SELECT * FROM indicator",
    "SELECT * FROM phase_stay",
    "SELECT * FROM trial",
    "SELECT * FROM lesson",
)


def demo_cases(db: Database) -> tuple[Case, ...]:
    """The demo's commands, with the report of its open period (built from the record now) and
    of its closed one (the frozen document the board received)."""
    from innovation.service import Service

    periods = Service(db, "fia").list_periods()
    current = next(p.key for p in periods if p.status == "open")
    closed = next(p.key for p in periods if p.status == "closed")
    reports = (
        Case(f"report --period {current} (open)", ("report", "--period", current), "fia",
             _REPORT_READS),
        Case(f"report --period {closed} (closed)", ("report", "--period", closed), "fia",
             ("SELECT * FROM report_revision", "SELECT * FROM audit_event"
              " WHERE kind = 'report.revise'")),
    )  # fmt: skip
    return DEMO + reports


NATIONAL = (
    Case("area list (national)", ("area", "list"), "ada",
         ("SELECT * FROM area", "SELECT * FROM request WHERE status = 'open'")),
    Case("area list --json (national)", ("--json", "area", "list"), "ada",
         ("SELECT * FROM area", "SELECT * FROM request WHERE status = 'open'")),
)  # fmt: skip


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.pop("INNOVATION_USER", None)
    return env


def _compile() -> None:
    """Bytecode for the program and its libraries, as an installed program has."""
    import innovation

    compileall.compile_dir(Path(innovation.__file__).parent, quiet=1)
    for name in ("textual", "rich", "psycopg", "markdown_it"):
        try:
            module = __import__(name)
        except ImportError:
            continue
        compileall.compile_dir(Path(str(module.__file__)).parent, quiet=1)


def _timed(argv: list[str], env: dict[str, str], before: Callable[[], None] | None) -> float:
    if before is not None:
        before()
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    took = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed: {done.stderr.decode()[:400]}")
    return took


def _program() -> list[str]:
    """The command a person types: the installed `innovation` script beside this Python
    (python -m would add runpy's own start-up, which the script doesn't have)."""
    script = Path(sys.executable).with_name("innovation")
    return [str(script)] if script.exists() else [sys.executable, "-m", "innovation"]


def _bare_sqlite(path: str, case: Case) -> str:
    lines = [
        "import sqlite3",
        f"con = sqlite3.connect({path!r}, isolation_level=None)",
        "con.execute('PRAGMA synchronous=FULL')",
    ]
    lines += [f"rows = con.execute({sql!r}).fetchall()" for sql in case.reads]
    if case.writes:
        lines += [
            "con.execute('BEGIN IMMEDIATE')",
            "con.execute('CREATE TABLE IF NOT EXISTS bench_write (id INTEGER PRIMARY KEY, doc)')",
            "con.execute('INSERT INTO bench_write (doc) VALUES (?)', ('x' * 400,))",
            "con.execute('COMMIT')",
        ]
    lines.append("print(len(rows))")
    return "\n".join(lines)


def _bare_pg(url: str, case: Case) -> str:
    lines = ["import psycopg", f"con = psycopg.connect({url!r}, autocommit=True)"]
    lines += [f"rows = con.execute({sql!r}).fetchall()" for sql in case.reads]
    if case.writes:
        lines += [
            "con.execute('BEGIN')",
            "con.execute('CREATE TABLE IF NOT EXISTS bench_write"
            " (id SERIAL PRIMARY KEY, doc TEXT)')",
            "con.execute('INSERT INTO bench_write (doc) VALUES (%s)', ('x' * 400,))",
            "con.execute('COMMIT')",
        ]
    lines.append("print(len(rows))")
    return "\n".join(lines)


def _measure(
    case: Case, where: str, bare_code: str, fresh: Callable[[], None] | None, goal: float
) -> dict[str, Any]:
    env = {**_env(), "INNOVATION_DB": where, "INNOVATION_USER": case.actor}
    ours_argv = [*_program(), *case.argv]
    bare_argv = [sys.executable, "-c", bare_code]
    # A run of each first (the file's pages in the OS cache for both), then turns.
    _timed(ours_argv, env, fresh)
    _timed(bare_argv, env, fresh)
    ours, bare = [], []
    for _ in range(RUNS):
        ours.append(_timed(ours_argv, env, fresh))
        bare.append(_timed(bare_argv, env, fresh))
    o, b = statistics.median(ours), statistics.median(bare)
    return {
        "workload": f"cli {case.label}, median ms",
        "ours": round(o * 1000, 1),
        "baseline": round(b * 1000, 1),
        "ratio": round(o / b, 2),
        "goal": f"<= {goal:g}x a bare Python doing the same reads",
        "met": o / b <= goal,
        "runs_ms": {
            "ours": [round(x * 1000, 1) for x in ours],
            "bare": [round(x * 1000, 1) for x in bare],
        },  # fmt: skip
    }


def _national(db: Database, areas: int) -> None:
    s = Service(db, "ada")
    s.add_person("ada", name="Ada", roles=["admin", "facilitator"])
    for u in ("lea", "leo"):
        s.add_person(u, name=u.title(), roles=["ledartroja"])
    s.add_person("fred", name="Fred", roles=["fadder"])
    with db.batch():
        for i in range(areas):
            s.create_area(
                f"Hur kan vi förbättra tjänst nummer {i} tillsammans med invånarna?",
                track="malsokande" if i % 2 else "malstyrt",
                fadder="fred",
                ledartrojor=["lea", "leo"],
            )


def _sqlite(tmp: Path, areas: int) -> list[dict[str, Any]]:
    results = []
    demo = tmp / "demo.sqlite"
    db = Database(str(demo))
    seed_demo(db, today=date.today())  # as `innovation demo` dates it
    cases = demo_cases(db)
    db.close()
    work = tmp / "work.sqlite"

    def fresh() -> None:
        for suffix in ("-wal", "-shm"):
            Path(str(work) + suffix).unlink(missing_ok=True)
        shutil.copy(demo, work)

    for case in cases:
        target = work if case.writes else demo
        results.append(
            _measure(
                case,
                str(target),
                _bare_sqlite(str(target), case),
                fresh if case.writes else None,
                5.0,
            )  # fmt: skip
        )
    national = tmp / "national.sqlite"
    db = Database(str(national), synchronous="OFF")
    _national(db, areas)
    db.close()
    for case in NATIONAL:
        goal = 3.0 if "--json" in case.argv else 5.0
        results.append(_measure(case, str(national), _bare_sqlite(str(national), case), None, goal))
    for r in results:
        r["workload"] = r["workload"].replace("cli ", "cli (SQLite) ", 1)
    return results


def _postgres(areas: int) -> list[dict[str, Any]]:
    from tests.pg import PgServer, binaries

    if binaries() is None:
        return []
    server = PgServer().start()
    results = []
    try:
        demo_url = server.url(server.create_database())
        db = Database(demo_url)
        seed_demo(db, today=date.today())  # as `innovation demo` dates it
        cases = demo_cases(db)
        db.close()
        results += _tui(demo_url, "demo on PostgreSQL")
        raw = demo_url.replace("postgresql+psycopg://", "postgresql://")
        for case in cases:
            if case.writes:
                # Each run on a fresh copy of the demo (CREATE DATABASE … TEMPLATE), untimed.
                work: list[str] = []

                def fresh(work: list[str] = work) -> None:
                    work[:] = [server.url(server.create_database(template=_name(demo_url)))]

                fresh()
                results.append(_measure_pg_write(case, work, fresh))
                continue
            results.append(_measure(case, demo_url, _bare_pg(raw, case), None, 2.0))
        national_url = server.url(server.create_database())
        db = Database(national_url)
        _national(db, areas)
        db.close()
        raw_national = national_url.replace("postgresql+psycopg://", "postgresql://")
        for case in NATIONAL:
            goal = 3.0 if "--json" in case.argv else 2.0
            results.append(_measure(case, national_url, _bare_pg(raw_national, case), None, goal))
    finally:
        server.stop()
    for r in results:
        r["workload"] = r["workload"].replace("cli ", "cli (PostgreSQL) ", 1)
    return results


def _name(url: str) -> str:
    return url.rsplit("/", 1)[1].split("?", 1)[0]


def _measure_pg_write(case: Case, work: list[str], fresh: Callable[[], None]) -> dict[str, Any]:
    """A write on PostgreSQL: the database is made anew from the demo before each run, so the
    address changes; ours and the bare Python each get their own fresh copy."""
    ours, bare = [], []
    for i in range(RUNS + 1):
        fresh()
        env = {**_env(), "INNOVATION_DB": work[0], "INNOVATION_USER": case.actor}
        o = _timed([*_program(), *case.argv], env, None)
        fresh()
        raw = work[0].replace("postgresql+psycopg://", "postgresql://")
        b = _timed([sys.executable, "-c", _bare_pg(raw, case)], env, None)
        if i:  # the first of each warms the caches
            ours.append(o)
            bare.append(b)
    o, b = statistics.median(ours), statistics.median(bare)
    return {
        "workload": f"cli {case.label}, median ms",
        "ours": round(o * 1000, 1),
        "baseline": round(b * 1000, 1),
        "ratio": round(o / b, 2),
        "goal": "<= 2x a bare Python doing the same reads and one durable write",
        "met": o / b <= 2.0,
        "runs_ms": {
            "ours": [round(x * 1000, 1) for x in ours],
            "bare": [round(x * 1000, 1) for x in bare],
        },  # fmt: skip
    }


def _launch(which: str, where: str) -> float:
    env = {**_env(), "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    launched = time.time()
    out = subprocess.run(
        [sys.executable, "-m", "bench.launch", which, where, repr(launched)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    return float(out.stdout.split()[-1])


def _tui(demo: str, label: str) -> list[dict[str, Any]]:
    """The TUI on the demo (a SQLite file or a PostgreSQL database), launch to the painted
    board, against a bare Textual app launched the same way."""
    times: dict[str, list[float]] = {"bare": [], "ours": []}
    _launch("bare", demo), _launch("ours", demo)  # warm-up: the OS caches for both
    for _ in range(RUNS):
        for which in times:
            times[which].append(_launch(which, demo))
    o, b = statistics.median(times["ours"]), statistics.median(times["bare"])
    return [
        {
            "workload": f"TUI launch to painted board, whole process ({label}), median ms",
            "ours": round(o * 1000, 1),
            "baseline": round(b * 1000, 1),
            "ratio": round(o / b, 2),
            "goal": "<= 1.3x a bare Textual app launched the same way",
            "met": o / b <= 1.3,
            "runs_ms": {w: [round(x * 1000, 1) for x in v] for w, v in times.items()},
        }
    ]


def run(areas: int = NATIONAL_AREAS, *, postgres: bool = True) -> list[dict[str, Any]]:
    _compile()
    with tempfile.TemporaryDirectory() as tmp:
        results = _sqlite(Path(tmp), areas)
        results += _tui(str(Path(tmp) / "demo.sqlite"), "demo")
    if postgres:
        results += _postgres(areas)
    return results
