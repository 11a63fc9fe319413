"""Migrations, the SQLite settings, and the demo workspace."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel

from innovation.domain import Refused
from innovation.resources import migrations_dir
from innovation.seed import seed_demo
from innovation.service import Service
from innovation.store.database import SCHEMA_HEAD, Database, normalise_url


def test_schema_head_matches_the_migrations() -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    assert ScriptDirectory.from_config(cfg).get_current_head() == SCHEMA_HEAD


def test_migrations_match_the_tables(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []


def test_sqlite_pragmas(db: Database, db_path: Path) -> None:
    with db.read() as tx:
        pragmas = {
            name: tx.value(f"PRAGMA {name}")
            for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")
        }
    assert pragmas == {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "synchronous": 2,
        "busy_timeout": 10000,
    }


def test_a_fresh_file_is_made_by_the_first_write_and_never_by_a_read(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "dir" / "ws.sqlite"
    db = Database(str(path))
    with pytest.raises(Refused, match="There is no workspace in"):
        Service(db, "ada").list_areas()
    assert not path.exists() and not path.parent.exists()
    Service(db, "ada").add_person("ada", name="Ada", roles=["admin"])
    db.close()
    rows = sqlite3.connect(path).execute("SELECT version_num FROM alembic_version").fetchall()
    assert rows == [(SCHEMA_HEAD,)]


def test_newer_schema_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "ws.sqlite"
    Database(str(path)).migrate()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(Refused) as info:
        Database(str(path))
    assert "schema version 9999, newer than the program's" in info.value.message()


def test_another_programs_database_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    before = path.read_bytes()
    attempts = (
        lambda db: Service(db, "ada").list_areas(),
        lambda db: Service(db, "ada").add_person("ada", name="A", roles=["admin"]),
    )
    for attempt in attempts:
        with pytest.raises(Refused, match="holds tables but is not an innovation workspace"):
            attempt(Database(str(path)))
    assert path.read_bytes() == before and not (tmp_path / "crm.sqlite-wal").exists()


def test_a_read_never_upgrades_an_older_schema(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0014")
    engine.dispose()
    before = path.read_bytes()
    with pytest.raises(Refused, match="innovation db upgrade"):
        Service(Database(str(path)), "ada").list_areas()
    assert path.read_bytes() == before
    db = Database(str(path))
    assert db.migrate() == SCHEMA_HEAD
    db.close()


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"my notes, not a database\n" * 100)
    with pytest.raises(Refused) as info:
        Database(str(path))
    assert info.value.key == "db.unreadable" and str(path) in info.value.message()
    assert "not a database" in info.value.message()
    assert path.read_bytes() == b"my notes, not a database\n" * 100
    assert not (tmp_path / "notes.sqlite-wal").exists()


def test_a_migrated_file_opens_without_sqlalchemy(db_path: Path) -> None:
    """Its import is a third of the program's start; only a migration or a server needs it."""
    Database(str(db_path)).close()
    code = (
        "import sys, innovation.cli, innovation.tui.app\n"
        "from innovation.store.database import Database\n"
        "from innovation.service import Service\n"
        f"db = Database({str(db_path)!r})\n"
        "Service(db, 'ada').list_areas()\n"
        "print(sorted(m for m in sys.modules if m.startswith('sqlalchemy')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_urls() -> None:
    assert normalise_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("sqlite:///x.db") == "sqlite:///x.db"
    assert normalise_url("/tmp/a.sqlite") == "sqlite:////tmp/a.sqlite"
    with pytest.raises(Refused):
        normalise_url("mysql://x")


def test_demo_workspace(db: Database) -> None:
    assert seed_demo(db) is True
    svc = Service(db, "ada")
    areas = svc.list_areas()
    assert len(areas) == 11
    assert {a.phase for a in areas} == {"nulage", "avgransning", "nylage", "test", "adopt", "learn"}
    assert {a.track for a in areas} == {"malsokande", "malstyrt"}
    assert {a.round for a in areas} == {"2023", "2024"}
    assert len(svc.list_requests(mine=False)) >= 1
    details = [svc.show_area(a.key) for a in areas]
    assert any(d.lessons for d in details)
    adopted = [d for d in details if d.phase == "adopt"]
    assert adopted and any(x.outcome == "worked" for x in adopted[0].tests)
    names = {p.name for p in svc.list_people()}
    assert len(names) >= 10
    history = svc.history()
    assert [e.at for e in history] == sorted(e.at for e in history)
    ideas = svc.list_ideas()
    assert {i.status for i in ideas} == {"open", "promoted", "parked", "declined"}
    assert len({i.area for i in ideas}) >= 3
    assert any(i.kind == "stop" for i in ideas) and any(i.origin for i in ideas)
    assert any(i.score is not None and i.supporters for i in ideas)
    adopted_idea = next(i for i in ideas if i.area == adopted[0].key and i.test)
    assert svc.show_idea(adopted_idea.key).adopted_by
    # The seeds' story: seven areas in 2023; in April 2024 they became four.
    rounds = {r.name: r for r in svc.list_rounds()}
    assert (rounds["2023"].active, rounds["2023"].merged) == (4, 6)
    assert rounds["2024"].active == 7
    from innovation.reports.tertial import build

    report = build(svc, "2024-T1", only_round="2023")
    assert [m["into"] for m in report["summary"]["merged"]] == [
        "O8",
        "O10",
        "O8",
        "O10",
        "O9",
        "O10",
    ]
    assert [a["key"] for a in report["areas"]] == ["O2", "O8", "O9", "O10"]
    assert svc.show_area("O10").merged_from == ["O3", "O5", "O7"]
    # Idempotent: a second run changes nothing.
    assert seed_demo(db) is False
    assert len(svc.history()) == len(history)


def test_upgrade_keeps_existing_data(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """A workspace made by an older version upgrades in place, with nothing lost, on either
    database."""
    from alembic import command
    from sqlalchemy import create_engine, text

    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    else:
        server = request.getfixturevalue("pg_template")[0]
        url = server.url(server.create_database())
    engine = create_engine(normalise_url(url))
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO person (username, name, roles, created_at) VALUES"
                " ('ada', 'Ada', 'admin facilitator', '2024-01-01 00:00:00.000000'),"
                " ('fred', 'Fred', 'fadder', '2024-01-01 00:00:00.000000'),"
                " ('lea', 'Lea', 'ledartroja', '2024-01-01 00:00:00.000000'),"
                " ('leo', 'Leo', 'ledartroja', '2024-01-01 00:00:00.000000')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO area (question, track, phase, cycle, fadder, ledartroja1,"
                " ledartroja2, created_at, phase_since, version) VALUES ('Hur?', 'malsokande',"
                " 'nulage', 1, 'fred', 'lea', 'leo', '2024-01-01 00:00:00.000000',"
                " '2024-01-01 00:00:00.000000', 1)"
            )
        )
    engine.dispose()
    db = Database(url.removeprefix("sqlite:///"))
    db.migrate()  # an older workspace is upgraded by a write or db upgrade
    svc = Service(db, "ada")
    detail = svc.show_area("O1")
    assert (detail.question, detail.phase, detail.hold, detail.delegation) == (
        "Hur?",
        "nulage",
        None,
        None,
    )
    # The new tables and columns exist and work.
    Service(db, "fred").delegate("O1", to="ada", until="2099-01-01")
    assert svc.show_area("O1").delegation is not None
    db.close()


def test_upgrade_moves_the_trail_into_hashed_documents(tmp_path: Path) -> None:
    """Events written before 0005 (plain columns) still verify after the upgrade."""
    import hashlib

    from alembic import command
    from sqlalchemy import create_engine

    from innovation.audit import GENESIS, canonical

    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
    engine.dispose()
    con = sqlite3.connect(path)
    prev = GENESIS
    for i, (kind, reason) in enumerate([("person.add", None), ("move", "Klart – “nu”")], 1):
        fields = {
            "at": "2024-05-01 09:00:00.000000",
            "actor": "ada",
            "kind": kind,
            "area": "O1",
            "subject": None,
            "before": "{}",
            "after": '{"phase":"avgransning"}',
            "reason": reason,
        }
        digest = hashlib.sha256(
            canonical(id=i, prev=prev, on=None, **{**fields, "at": "2024-05-01T09:00:00.000000Z"})
        ).hexdigest()
        con.execute(
            "INSERT INTO audit_event (id, at, actor, kind, area, subject, before, after, reason,"
            " prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (i, *fields.values(), prev, digest),
        )
        prev = digest
    con.commit()
    con.close()
    db = Database(str(path))
    db.migrate()  # an older workspace is upgraded by a write or db upgrade
    svc = Service(db, "ada")
    assert svc.verify().ok and svc.verify().count == 2
    events = svc.audit_list()
    assert [(e.kind, e.reason) for e in events] == [("person.add", None), ("move", "Klart – “nu”")]
    assert events[1].after == {"phase": "avgransning"} and events[1].at.startswith("2024-05-01T09")
    db.close()


def test_upgrade_rebuilds_phase_stays_from_the_trail(tmp_path: Path) -> None:
    """Workspaces from before 0011 get each area's stays from their audit trail: the same
    rows the service writes as it goes."""
    from alembic import command
    from sqlalchemy import create_engine

    path = tmp_path / "stays.sqlite"
    db = Database(str(path))
    seed_demo(db)
    svc = Service(db, "ada")
    before = svc.time_in_phase()
    with db.read() as tx:
        kept = tx.all("SELECT area_id, phase, since, until FROM phase_stay ORDER BY id")
    db.close()
    engine = create_engine(f"sqlite:///{path}")
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0010")
        command.upgrade(cfg, "0011")
    engine.dispose()
    db = Database(str(path))
    db.migrate()  # an older workspace is upgraded by a write or db upgrade
    with db.read() as tx:
        rebuilt = tx.all("SELECT area_id, phase, since, until FROM phase_stay ORDER BY id")
    assert [tuple(r) for r in rebuilt] == [tuple(r) for r in kept] and len(kept) > 11
    assert Service(db, "ada").time_in_phase() == before
    db.close()


def test_a_transaction_leaves_no_read_open_behind_it(db_path: Path) -> None:
    """A single-row read leaves its statement unfinished; were it still open at COMMIT, SQLite
    would keep that read's snapshot past the transaction, and the connection's next one would
    read the past and have its write refused. Here the transaction is even kept after its end,
    as an exception's traceback keeps it."""
    db = Database(str(db_path))
    setup = Service(db, "ada")
    setup.add_person("ada", name="Ada", roles=["admin", "facilitator"])
    setup.add_person("bo", name="Bo", roles=["ledartroja"])
    kept = []
    with db.write() as tx:
        first = tx.get(lambda *row: row, "SELECT username FROM person ORDER BY username")
        kept.append(tx)
    assert first == ("ada",)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("UPDATE person SET name = 'Bo Berg' WHERE username = 'bo'")
    other.close()
    with db.write() as tx:
        assert tx.value("SELECT name FROM person WHERE username = 'bo'") == "Bo Berg"
        tx.run("UPDATE person SET lang = 'en' WHERE username = 'bo'")
    assert Service(db, "ada").list_people()[-1].name == "Bo Berg"
    db.close()


def test_touching_an_area_that_is_not_there_names_it_and_no_merge(db: Database) -> None:
    """An area changed that was never made (a trail naming an area unmade, when it is
    projected) is not there; it is not "merged into ONone"."""
    from innovation.domain import NotFound
    from innovation.i18n import t
    from innovation.store.writes import touch

    with pytest.raises(NotFound) as caught, db.write() as tx:
        touch(tx, 7)
    assert str(caught.value) == t("error.no_such_area", key="O7")
    assert "None" not in str(caught.value)
