"""A hostile member of staff with the database in reach: whatever they change behind the
program's back, `audit replay` names it, on SQLite and on PostgreSQL; what is shown is what was
hashed."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from innovation.seed import seed_demo
from innovation.service import Service
from innovation.store.database import Database
from tests.pg import PgServer

pytestmark = pytest.mark.tampers
KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE0vjozCSAVF9gDZVURix9Gx2jjY6oJ30wSTJ6W2yO5G lea@laptop"

# For each table: a column to change (a plain value the database accepts), and the columns a
# copy of a row must change to be accepted as a new row (unique names and pairs).
CHANGE = {
    "person": "roles", "area": "scope", "round": "description", "partner": "name",
    "collaboration": "note", "handover": "reason", "activity": "kind", "trial": "hypothesis",
    "idea": "title", "idea_support": "created_at", "idea_score": "reason", "lesson": "text",
    "indicator": "name", "phase_stay": "came_from", "request": "reason",
    "delegation": "delegate", "indicator_value": "source", "assignment": "description",
    "assignment_indicator": "target", "assignment_status": "comment", "period": "status",
    "status_report": "comment", "report_revision": "reason", "ssh_key": "comment",
    "setting": "value", "goal_area": "goals", "area_assignment": "created_at",
    "assignment_indicator_value": "source", "org_activity": "title", "training": "topic",
}  # fmt: skip
UNIQUE = {
    "person": {"username": "'intrang'"}, "round": {"name": "'smuggel'"},
    "partner": {"name": "'falsk partner'"}, "period": {"key": "'2099-T1'"},
    "idea_support": {"username": "'ada'", "idea_id": "(SELECT min(id) FROM idea)"},
    "idea_score": {"username": "'ada'", "idea_id": "(SELECT min(id) FROM idea)"},
    "indicator_value": {"year": "1999"}, "assignment": {"title": "'falskt uppdrag'"},
    "report_revision": {"revision": "99"}, "ssh_key": {"fingerprint": "'SHA256:smuggel'"},
    "setting": {"key": "'smuggel'"}, "goal_area": {"name": "'falskt målområde'"},
    "area_assignment": {"area_id": "(SELECT min(id) FROM area)"},
    "assignment_indicator_value": {"year": "1999"},
}  # fmt: skip


def workspace(db: Database) -> None:
    """The demo, and one row in each table the demo leaves empty."""
    seed_demo(db)
    Service(db, "fia").add_partner("Röda korset", kind="civil")
    Service(db, "lea").link_partner("O8", "P1", form="iop", since="2024-06-01")
    Service(db, "karl").delegate("O8", to="nils", until="2099-01-01")
    Service(db, "fia").handover("O8", outgoing="lea", incoming="mira", reason="Föräldraledig")
    Service(db, "ada").add_key("lea", KEY)
    title = "Övergripande – att arbeta kommungemensamt"
    fia = Service(db, "fia")
    fia.set_setting("colour_by", "both")
    fia.add_goal_area("En kommun som håller ihop", goals=["Fler i arbete"])
    fia.serve("O10", title)
    fia.measure_assignment(title, "Kommunens delaktighetsindex (KKiK) har ökat", year=2023,
                           value=60)  # fmt: skip
    fia.plan_work("förenklingsfredag", "Förenklingsfredag", on="2099-01-01")
    fia.add_training("mira", "eva", topic="Att leda innovation")


@contextmanager
def raw(db: Database, server: PgServer | None, name: str | None) -> Iterator[Any]:
    """A connection with no program in between: sqlite3 on the file, or psql's own protocol
    as the server's superuser (who can do anything, guards and constraints included)."""
    if db.is_sqlite:
        assert db.file is not None
        con = sqlite3.connect(db.file, isolation_level=None)
        for guard in ("report_revision_unchanged", "report_revision_kept"):
            con.execute(f"DROP TRIGGER {guard}")  # the file's owner can
        try:
            yield con
        finally:
            con.close()
        return
    import psycopg

    assert server is not None and name is not None
    with psycopg.connect(server.url(name).replace("+psycopg", ""), autocommit=True) as conn:
        # The owner's way past foreign keys and triggers.
        conn.execute("SET session_replication_role = replica")
        yield conn


def _tables(con: Any, sqlite: bool) -> list[str]:
    sql = (
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        if sqlite
        else "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
    )
    skip = ("audit_event", "alembic_version")
    return sorted(r[0] for r in con.execute(sql).fetchall() if r[0] not in skip)


def _columns(con: Any, table: str, sqlite: bool) -> list[str]:
    if sqlite:
        return [r[1] for r in con.execute(f"PRAGMA table_info({table})").fetchall()]
    rows = con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = %s"
        " AND table_schema = current_schema() ORDER BY ordinal_position",
        (table,),
    ).fetchall()
    return [r[0] for r in rows]


@pytest.fixture(scope="module")
def sqlite_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The workspace built once per module; each test changes a copy."""
    path = tmp_path_factory.mktemp("hostile") / "workspace.sqlite"
    db = Database(str(path))
    workspace(db)
    db.close()
    return path


@pytest.fixture(scope="module")
def pg_workspace(pg_template: tuple[PgServer, str]) -> tuple[PgServer, str]:
    """The workspace as a PostgreSQL template database; each test changes a copy."""
    server, migrated = pg_template
    name = server.create_database(migrated)
    db = Database(server.url(name))
    workspace(db)
    db.close()
    return server, name


@pytest.fixture
def seeded(backend: str, request: pytest.FixtureRequest) -> Iterator[tuple[Database, Any, Any]]:
    if backend == "sqlite":
        path = request.getfixturevalue("db_path")
        shutil.copy(request.getfixturevalue("sqlite_workspace"), path)
        db = Database(str(path))
        server = name = None
    else:
        server, template = request.getfixturevalue("pg_workspace")
        name = server.create_database(template)
        db = Database(server.url(name))
    yield db, server, name
    db.close()


@pytest.mark.parametrize("how", ["changed", "extra", "missing"])
def test_replay_names_every_table_changed_added_or_deleted_behind_its_back(
    seeded: tuple[Database, Any, Any], how: str
) -> None:
    db, server, name = seeded
    assert Service(db, "ada").rebuilt_differences() == []
    with raw(db, server, name) as con:
        tables = _tables(con, db.is_sqlite)
        assert set(tables) == set(CHANGE), "every table has a column to change here"
        for table in tables:
            top = con.execute(f"SELECT max(id) FROM {table}").fetchone()[0]
            assert top is not None, f"{table} has no rows to tamper with"
            if how == "changed":
                column = CHANGE[table]
                con.execute(
                    f"UPDATE {table} SET {column} = {_other(column, db.is_sqlite)} WHERE id = {top}"
                )
            elif how == "missing":
                con.execute(f"DELETE FROM {table} WHERE id = {top}")
            else:
                columns = [c for c in _columns(con, table, db.is_sqlite) if c != "id"]
                values = [UNIQUE.get(table, {}).get(c, c) for c in columns]
                con.execute(
                    f"INSERT INTO {table} (id, {', '.join(columns)})"
                    f" SELECT id + 1000, {', '.join(values)} FROM {table} WHERE id = {top}"
                )
    found = Service(db, "ada").rebuilt_differences()
    named = {d.table for d in found if d.how == how or (how == "changed" and d.how == "doc")}
    assert named >= set(CHANGE), sorted(set(CHANGE) - named)
    _, sentences, _ = Service(db, "ada").replay()
    assert len(sentences) >= len(CHANGE)


def _other(column: str, sqlite: bool) -> str:
    if column == "created_at":
        return "'2001-01-01 00:00:00'" if sqlite else "created_at - interval '1 day'"
    if column == "status":
        return "CASE WHEN status = 'open' THEN 'closed' ELSE 'open' END"
    if column == "delegate":
        return "'ada'"
    return f"coalesce({column}, '') || ' (ändrat)'"


def test_an_event_outside_the_chain_is_never_shown(seeded: tuple[Database, Any, Any]) -> None:
    """Ids start at 1: a row numbered 0 (slipped in past the guards) is named by verify,
    and the history and exports read only what was hashed."""
    db, server, name = seeded
    with raw(db, server, name) as con:
        if db.is_sqlite:
            con.execute("DROP TRIGGER audit_event_in_order")
            with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
                con.execute(
                    "INSERT INTO audit_event (id, doc, hash) SELECT 0, doc, hash FROM audit_event"
                    " WHERE id = 1"
                )
        else:
            import psycopg

            with pytest.raises(psycopg.errors.CheckViolation):
                con.execute(
                    "INSERT INTO audit_event (id, doc, hash) SELECT 0, doc, hash FROM audit_event"
                    " WHERE id = 1"
                )
    assert Service(db, "ada").verify().ok


def test_a_rebuilt_trail_table_is_found_and_never_believed(
    seeded: tuple[Database, Any, Any],
) -> None:
    """The trail's table rebuilt with ordinary columns that say another actor and reason than
    the hashed documents: verify names it, and the history shows what was hashed."""
    db, server, name = seeded
    if not db.is_sqlite:
        pytest.skip("rebuilt from the file, as its owner can (PostgreSQL: the owner only)")
    with raw(db, server, name) as con:
        con.execute("ALTER TABLE audit_event RENAME TO audit_old")
        con.execute(
            "CREATE TABLE audit_event (id INTEGER PRIMARY KEY, doc TEXT, hash TEXT, at TEXT,"
            " actor TEXT, kind TEXT, area TEXT, subject TEXT, before TEXT, after TEXT,"
            " reason TEXT, on_day TEXT, prev_hash TEXT)"
        )
        con.execute(
            "INSERT INTO audit_event SELECT id, doc, hash, at, 'karl', kind, area, subject,"
            " before, after, 'Godkänt av Karl', on_day, prev_hash FROM audit_old"
        )
        con.execute("DROP TABLE audit_old")
    report = Service(db, "ada").verify()
    assert not report.ok and report.broken is not None
    assert report.broken.key == "audit.not_derived" and "actor" in report.broken.params["columns"]
    shown = Service(db, "ada").audit_list()
    assert {e.actor for e in shown} != {"karl"} and all(
        e.reason != "Godkänt av Karl" for e in shown
    )
