"""Shared fixtures: a fresh, migrated database per test, and a small workspace."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

# Bytecode is kept, as an installed program's is, even where the machine says otherwise
# (PYTHONDONTWRITEBYTECODE): the suite starts hundreds of Python processes (commands, the TUI,
# ssh sessions, benchmark children), and each would compile Textual, Rich and the program
# from source again. Workers and subprocesses inherit the environment.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

# The flows' parsed documents are kept in a folder of the run's own, not the user's cache
# (engine/toml_cache.py); commands started by the tests inherit it.
if "INNOVATION_CACHE" not in os.environ:
    os.environ["INNOVATION_CACHE"] = tempfile.mkdtemp(prefix="innovation-cache-")
    atexit.register(shutil.rmtree, os.environ["INNOVATION_CACHE"], ignore_errors=True)

# A message key that no catalogue holds fails the test that shows it (a person would see the
# key itself).
os.environ["INNOVATION_STRICT_MESSAGES"] = "1"

from innovation.i18n import set_language
from innovation.seed import seed_demo
from innovation.service import Service
from innovation.store.database import Database
from tests.pg import PgServer, binaries

# The UI's key names are read as its modules load: in the language the run starts in, as when a
# person starts the program (Swedish, unless the English snapshots are the run).
set_language(os.environ.get("INNOVATION_SNAPSHOT_LANG") or "sv")


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests read messages in English; the Swedish catalogue is tested on its own.
    monkeypatch.delenv("INNOVATION_DB", raising=False)
    monkeypatch.delenv("INNOVATION_USER", raising=False)
    monkeypatch.setenv("INNOVATION_LANG", "en")
    set_language("en")


@pytest.fixture(scope="session")
def _template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    db = Database(str(path))
    db.migrate()
    db.close()
    return path


@pytest.fixture
def db_path(tmp_path: Path, _template: Path) -> Path:
    path = tmp_path / "ws.sqlite"
    shutil.copy(_template, path)
    return path


@pytest.hookimpl(tryfirst=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """`-n auto` as twice the cores (at most eight): half the suite waits on subprocesses,
    fsync and the database servers, so a core has work while a test waits. On two cores the
    suite took 5 min 0 s with two workers, 4 min 21 s with three and 4 min 7 s with four, run
    one after another on the same machine. PYTEST_XDIST_AUTO_NUM_WORKERS still decides."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return min(2 * (cores or 1), 8)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # Every test on the service runs on SQLite and on a real PostgreSQL server; a test that
    # also reaches for the SQLite file itself (the CLI's --db, raw sqlite3) stays on SQLite.
    if "backend" in metafunc.fixturenames:
        both = "db_path" not in metafunc.fixturenames and "demo_db" not in metafunc.fixturenames
        metafunc.parametrize("backend", ["sqlite", "postgresql"] if both else ["sqlite"])


@pytest.fixture(scope="session")
def pg_template() -> Iterator[tuple[PgServer, str]]:
    """One server per test run, with a migrated template database to copy per test."""
    if binaries() is None:
        if os.environ.get("CI"):
            raise RuntimeError("CI needs PostgreSQL's binaries: .ci/run installs them")
        pytest.skip("PostgreSQL is not installed here")
    server = PgServer().start()
    name = server.create_database()
    template = Database(server.url(name))
    template.migrate()
    template.close()
    try:
        yield server, name
    finally:
        server.stop()


@pytest.fixture
def db(backend: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    if backend == "sqlite":
        database = Database(str(request.getfixturevalue("db_path")))
    else:
        server, template = request.getfixturevalue("pg_template")
        database = Database(server.url(server.create_database(template)))
    yield database
    if request.node.get_closest_marker("tampers") is None:
        # Double entry: whatever a test did through the program, every table must be what
        # the trail alone gives (store/projection.py), row by row.
        found = Service(database, "nobody").rebuilt_differences()
        database.close()
        assert found == [], found
    database.close()


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def svc(db: Database, clock: Clock) -> Callable[[str], Service]:
    def make(actor: str) -> Service:
        return Service(db, actor, clock=clock)

    return make


PEOPLE = [
    ("ada", "Ada Admin", ["admin", "facilitator"]),
    ("lea", "Lea Ledare", ["ledartroja"]),
    ("leo", "Leo Ledare", ["ledartroja"]),
    ("mia", "Mia Ledare", ["ledartroja"]),
    ("fred", "Fred Fadder", ["fadder"]),
    ("frida", "Frida Fadder", ["fadder"]),
    ("both", "Bo Both", ["fadder", "ledartroja"]),
]


@pytest.fixture
def ws(svc: Callable[[str], Service]) -> dict[str, str]:
    """People, one målsökande area (O1) and one målstyrt area (O2)."""
    for username, name, roles in PEOPLE:
        svc("ada").add_person(username, name=name, roles=roles)
    o1 = svc("ada").create_area(
        "Hur kan vi göra det enklare?",
        track="malsokande",
        fadder="fred",
        ledartrojor=["lea", "leo"],
    )
    o2 = svc("ada").create_area(
        "Hur kan vi mäta bättre?", track="malstyrt", fadder="frida", ledartrojor=["leo", "mia"]
    )
    return {"sok": o1, "styr": o2}


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table: a refused command must leave this unchanged."""
    columns = {"audit_event": "id, kind, doc, hash"}
    with db.read() as tx:
        if tx.sqlite:
            tables = [
                r[0]
                for r in tx.tuples(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                    " AND name NOT LIKE 'sqlite_%' ORDER BY name"
                )
            ]
        else:
            tables = [
                r[0]
                for r in tx.tuples(
                    "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                    " ORDER BY tablename"
                )
            ]
        assert "audit_event" in tables and len(tables) > 20
        return {
            name: [
                tuple(r.values()) if isinstance(r, dict) else tuple(r)
                for r in tx.all(f"SELECT {columns.get(name, '*')} FROM {name} ORDER BY 1")
            ]
            for name in tables
        }


def assert_refused_cleanly(
    db: Database, before: dict[str, list[tuple[Any, ...]]], denied: bool
) -> None:
    """Nothing changed; a refusal for permission leaves exactly one 'denied' event behind."""
    after = dump(db)
    events_before, events_after = before.pop("audit_event"), after.pop("audit_event")
    assert after == before
    added = events_after[len(events_before) :]
    assert events_after[: len(events_before)] == events_before
    if denied:
        assert len(added) == 1 and added[0][1] == "denied", added
    else:
        assert added == []


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = Database(str(path))
    seed_demo(db)
    db.close()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, path)
    return path
