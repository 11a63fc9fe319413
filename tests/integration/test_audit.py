"""The audit trail can be proved: verify, tamper detection, replay, export."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateTable

from innovation.audit import canonical
from innovation.audit.chain import document
from innovation.audit.replay import replay
from innovation.engine import default_flows
from innovation.seed import seed_demo
from innovation.service import Service
from innovation.store.database import Database
from innovation.store.tables import AuditEvent
from tests.pg import PgServer

HISTORIES = Path(__file__).resolve().parents[1] / "data" / "histories"


@pytest.fixture(scope="module")
def annotated_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo with a facilitator's note, made once: each test gets a copy."""
    path = tmp_path_factory.mktemp("audit") / "demo.sqlite"
    db = Database(str(path))
    seed_demo(db)
    Service(db, "ada").annotate("31", note="Granskad av facilitator")
    db.close()
    return path


@pytest.fixture
def demo(db: Database, db_path: Path, annotated_demo: Path) -> Path:
    db.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    shutil.copy(annotated_demo, db_path)
    return db_path


# Every check runs twice: walked in one pass, and split in two halves walked by two processes
# (as long trails are), so the join between the halves is tried on each kind of break.
_PARALLEL_FROM = {"one-pass": 10**9, "two-processes": 2}


@pytest.fixture(params=list(_PARALLEL_FROM), autouse=True)
def _walk_mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        "innovation.audit.verify.PARALLEL_FROM", _PARALLEL_FROM[request.param], raising=True
    )


def verify(path: Path, expect: str | None = None) -> tuple[bool, int | None, str]:
    from innovation.audit import verify as verify_mod

    db = Database(str(path))
    report = Service(db, "ada").verify(expect=expect, parallel_from=verify_mod.PARALLEL_FROM)
    db.close()
    problem = report.broken or report.expected_problem
    return report.ok, problem.event if problem else None, problem.key if problem else ""


GUARDS = ("audit_event_in_order", "audit_event_unchanged", "audit_event_kept")


def tamper(path: Path) -> sqlite3.Connection:
    """A connection as someone holding the file has: the database's own guards dropped."""
    con = sqlite3.connect(path)
    for guard in GUARDS:
        con.execute(f"DROP TRIGGER IF EXISTS {guard}")
    return con


def sql(path: Path, *statements: str) -> None:
    con = tamper(path)
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.close()


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_event SET doc = json_set(doc, '$[8]', 'x') WHERE id = 31",
        "DELETE FROM audit_event WHERE id = 31",
        "DELETE FROM audit_event WHERE id = (SELECT max(id) FROM audit_event)",
        "INSERT INTO audit_event (id, doc, hash) SELECT max(id) + 2, '[]', 'x' FROM audit_event",
        "INSERT INTO audit_event (id, doc, hash) VALUES (0, '[0]', 'x')",
        "INSERT INTO audit_event (id, doc, hash) SELECT max(id) + 1,"
        " json_array(max(id) + 1, 'x', 'ada', 'move', 'O1', NULL, '{}', '{}', NULL, '2024-01-01',"
        " 'not the head'), 'x' FROM audit_event",
    ],
    ids=["update", "delete", "delete-last", "gap", "id-zero", "wrong-link"],
)
def test_the_database_refuses_to_change_the_trail(demo: Path, statement: str) -> None:
    """Without dropping its guards, even the file's owner cannot change, delete, or append
    out of order (the guards are the program's promise; verify is the proof)."""
    con = sqlite3.connect(demo)
    with pytest.raises(sqlite3.IntegrityError, match="innovation:"):
        con.execute(statement)
    con.close()
    assert verify(demo) == (True, None, "")


def test_intact_chain_verifies(demo: Path) -> None:
    assert verify(demo) == (True, None, "")


@pytest.mark.tampers
@pytest.mark.parametrize(
    ("position", "value"),
    [
        (1, "'2024-05-01T10:00:00.000000Z'"),
        (2, "'nobody'"),
        (3, "'x.tampered'"),
        (4, "'O99'"),
        (5, "'R99'"),
        (6, '\'{"phase":"test"}\''),
        (7, "json_extract(doc, '$[7]') || ' '"),
        (8, "'Ändrat i efterhand'"),
    ],
    ids=["at", "actor", "kind", "area", "subject", "before", "after", "reason"],
)
def test_a_changed_field_is_found(demo: Path, position: int, value: str) -> None:
    sql(demo, f"UPDATE audit_event SET doc = json_set(doc, '$[{position}]', {value}) WHERE id = 31")
    assert verify(demo) == (False, 31, "audit.changed")


@pytest.mark.tampers
def test_fields_cannot_be_changed_apart_from_the_hashed_document(demo: Path) -> None:
    with pytest.raises(sqlite3.OperationalError, match="cannot UPDATE generated column"):
        sql(demo, "UPDATE audit_event SET actor = 'karl' WHERE id = 31")
    sql(demo, "UPDATE audit_event SET doc = json_set(doc, '$[2]', 'karl') WHERE id = 31")
    con = sqlite3.connect(demo)
    assert con.execute("SELECT actor FROM audit_event WHERE id = 31").fetchone() == ("karl",)
    con.close()
    assert verify(demo) == (False, 31, "audit.changed")


@pytest.mark.tampers
def test_a_recomputed_hash_still_breaks_the_next_link(demo: Path) -> None:
    """Someone who rehashes the event they changed breaks the link to the event after it."""
    con = tamper(demo)
    con.execute("UPDATE audit_event SET doc = json_set(doc, '$[8]', 'Ändrat') WHERE id = 31")
    (doc,) = con.execute("SELECT doc FROM audit_event WHERE id = 31").fetchone()
    forged = hashlib.sha256(doc.encode("utf-8")).hexdigest()
    con.execute("UPDATE audit_event SET hash = ? WHERE id = 31", (forged,))
    con.commit()
    con.close()
    assert verify(demo) == (False, 32, "audit.prev")


@pytest.mark.tampers
def test_a_deleted_event_is_found(demo: Path) -> None:
    sql(demo, "DELETE FROM audit_event WHERE id = 40")
    assert verify(demo) == (False, 40, "audit.missing")


@pytest.mark.tampers
def test_an_inserted_event_is_found(demo: Path) -> None:
    # Make room by renumbering the events after #40, then slip a copy of #40 in.
    sql(
        demo,
        "UPDATE audit_event SET id = id + 1000000 WHERE id > 40",
        "UPDATE audit_event SET id = id - 999999 WHERE id > 1000000",
        "INSERT INTO audit_event (id, doc, hash) SELECT 41, doc, hash FROM audit_event"
        " WHERE id = 40",
    )
    ok, event, key = verify(demo)
    assert (ok, event) == (False, 41) and key in ("audit.changed", "audit.prev")


@pytest.mark.tampers
def test_a_break_at_the_middle_is_found(demo: Path) -> None:
    """Where the two halves meet: the second half's first link must point at the first's end."""
    con = sqlite3.connect(demo)
    (top,) = con.execute("SELECT max(id) FROM audit_event").fetchone()
    con.close()
    middle = top // 2
    sql(
        demo,
        f"UPDATE audit_event SET doc = json_set(doc, '$[9]', '{'0' * 64}') WHERE id = {middle + 1}",
    )
    ok, event, _ = verify(demo)
    assert (ok, event) == (False, middle + 1)


@pytest.mark.tampers
def test_a_deletion_at_the_middle_is_found(demo: Path) -> None:
    con = tamper(demo)
    (top,) = con.execute("SELECT max(id) FROM audit_event").fetchone()
    con.close()
    sql(demo, f"DELETE FROM audit_event WHERE id = {top // 2 + 1}")
    assert verify(demo) == (False, top // 2 + 1, "audit.missing")


@pytest.mark.tampers
def test_swapped_events_are_found(demo: Path) -> None:
    sql(
        demo,
        "UPDATE audit_event SET id = 1000000 WHERE id = 50",
        "UPDATE audit_event SET id = 50 WHERE id = 51",
        "UPDATE audit_event SET id = 51 WHERE id = 1000000",
    )
    assert verify(demo)[:2] == (False, 50)


@pytest.mark.tampers
def test_truncation_needs_the_kept_head(demo: Path) -> None:
    db = Database(str(demo))
    count, head = Service(db, "ada").head()
    db.close()
    assert verify(demo, f"{count}:{head}") == (True, None, "")
    sql(demo, f"DELETE FROM audit_event WHERE id > {count - 3}")
    assert verify(demo)[0] is True  # the chain alone cannot see it
    assert verify(demo, f"{count}:{head}") == (False, count - 2, "audit.truncated")


@pytest.mark.tampers
def test_a_rewritten_trail_differs_from_the_kept_head(demo: Path) -> None:
    assert verify(demo, "10:" + "0" * 64) == (False, 10, "audit.head_differs")


@settings(max_examples=150, deadline=None)
@given(
    texts=st.lists(
        st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")),
        min_size=5,
        max_size=5,
    ),
    nulls=st.lists(st.booleans(), min_size=3, max_size=3),
)
def test_generated_fields_give_back_what_was_written(texts: list[str], nulls: list[bool]) -> None:
    """The database derives every field from the hashed document; it must give each back
    exactly, whatever text a person wrote."""
    actor, kind, area, before, reason = texts
    fields = {
        "id": 7,
        "at": "2024-05-01T09:00:00.123456Z",
        "actor": actor,
        "kind": kind,
        "area": None if nulls[0] else area,
        "subject": None if nulls[1] else "R1",
        "before": before,
        "after": json.dumps({"x": before}, ensure_ascii=False),
        "reason": None if nulls[2] else reason,
        "on": None if nulls[0] else "2024-04-30",
        "prev": "ab" * 32,
    }
    con = sqlite3.connect(":memory:")
    con.execute(CreateTable(AuditEvent.__table__).compile(dialect=sqlite.dialect()).string)  # type: ignore[attr-defined]
    doc = document(**fields)  # type: ignore[arg-type]
    con.execute("INSERT INTO audit_event (id, doc, hash) VALUES (7, ?, 'h')", (doc,))
    row = con.execute(
        "SELECT at, actor, kind, area, subject, before, after, reason, on_day, prev_hash"
        " FROM audit_event"
    ).fetchone()
    names = ("at", "actor", "kind", "area", "subject", "before", "after", "reason", "on", "prev")
    expected = tuple(fields[k] for k in names)
    assert row == expected


def test_replay_matches_the_demo(demo: Path) -> None:
    db = Database(str(demo))
    replayed, differences, events = Service(db, "ada").replay()
    assert differences == [] and len(replayed.areas) == 17 and events > 150
    db.close()


@pytest.mark.tampers
def test_replay_finds_tables_that_disagree_with_history(demo: Path) -> None:
    sql(
        demo,
        "UPDATE area SET phase = 'adopt' WHERE id = 3",
        "UPDATE request SET status = 'approved', decided_by = 'maja' WHERE id = 9",
    )
    db = Database(str(demo))
    _, differences, _ = Service(db, "ada").replay()
    db.close()
    joined = "\n".join(differences)
    assert (
        "area O3: phase is 'adopt' in the database but 'nylage' according to the events" in joined
    )
    assert "request R9: status is 'approved' in the database but 'open' according to" in joined
    assert "request R9: decided_by is 'maja' in the database but – according to" in joined


@pytest.mark.parametrize("name", ["demo", "gates"])
def test_recorded_histories_replay_the_same(name: str) -> None:
    """Old history must keep its meaning: a change to the engine or flows that reads it
    differently fails here."""
    lines = (HISTORIES / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    events = [json.loads(line) for line in lines]
    result = replay(events, default_flows())
    assert result.problems == []
    expected = json.loads((HISTORIES / f"{name}.expected.json").read_text(encoding="utf-8"))
    assert result.summary() == expected


def test_replay_reports_a_history_the_flow_now_reads_differently() -> None:
    events = [
        json.loads(line)
        for line in (HISTORIES / "gates.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    for e in events:
        if e["kind"] == "scope.set":
            e["after"]["cycle"] = 99  # as if the scope had been written in another cycle
    problems = replay(events, default_flows()).problems
    assert any("was made without scope" in p for p in problems)


def _line_hash(e: dict[str, object]) -> str:
    def text(value: object) -> str:
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    return hashlib.sha256(
        canonical(
            id=e["id"],
            at=e["at"],
            actor=e["actor"],
            kind=e["kind"],
            area=e["area"],  # type: ignore[arg-type]
            subject=e["subject"],
            before=text(e["before"]),
            after=text(e["after"]),  # type: ignore[arg-type]
            reason=e["reason"],
            on=e["on"],
            prev=e["prev_hash"],  # type: ignore[arg-type]
        )
    ).hexdigest()


def test_export_jsonl_lines_carry_checkable_hashes(demo: Path) -> None:
    db = Database(str(demo))
    buffer = io.StringIO()
    count = Service(db, "ada").export(buffer, fmt="jsonl")
    lines = [json.loads(line) for line in buffer.getvalue().splitlines()]
    assert count == len(lines) and [e["id"] for e in lines] == list(range(1, count + 1))
    for previous, event in zip(lines, lines[1:], strict=False):
        assert event["prev_hash"] == previous["hash"]
        assert _line_hash(event) == event["hash"]
    only = io.StringIO()
    Service(db, "ada").export(only, fmt="jsonl", area="O10", since="2024-05-01")
    picked = [json.loads(line) for line in only.getvalue().splitlines()]
    assert picked and {e["area"] for e in picked} == {"O10"}
    assert min(e["at"] for e in picked) >= "2024-05-01"
    db.close()


def test_export_csv(demo: Path) -> None:
    db = Database(str(demo))
    buffer = io.StringIO()
    Service(db, "ada").export(buffer, fmt="csv", area="O11")
    rows = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert list(rows[0]) == [
        "id",
        "at",
        "actor",
        "kind",
        "area",
        "subject",
        "before",
        "after",
        "reason",
        "prev_hash",
        "hash",
        "on",
    ]
    assert rows[0]["kind"] == "area.create" and json.loads(rows[0]["after"])["track"]
    db.close()


@pytest.mark.tampers
def test_audit_commands(demo: Path, tmp_path: Path) -> None:
    from tests.cli import invoke

    env = {"INNOVATION_DB": str(demo), "INNOVATION_LANG": "en", "INNOVATION_USER": "fia"}

    def run(*args: str) -> tuple[int, str]:
        result = invoke(list(args), env=env)
        return result.exit_code, result.output

    code, head = run("audit", "head", "--json")
    assert code == 0
    kept = "{count}:{head}".format(**json.loads(head))
    assert run("audit", "verify")[0] == 0
    assert run("audit", "verify", "--expect", kept)[0] == 0
    assert run("audit", "replay")[0] == 0
    target = tmp_path / "o1.jsonl"
    code, out = run("audit", "export", "--area", "O8", "-o", str(target))
    assert code == 0 and "Exported" in out and target.read_text().count("\n") > 5
    sql(demo, "UPDATE audit_event SET doc = json_set(doc, '$[2]', 'nils') WHERE id = 12")
    code, out = run("audit", "verify", "--json")
    assert code == 1 and json.loads(out)["broken_at"] == 12
    code, out = run("audit", "verify")
    assert code == 1 and "event #12 has been changed" in out
    sql(demo, "UPDATE area SET cycle = 3 WHERE id = 2")
    code, out = run("audit", "replay")
    assert code == 1 and "area O2: cycle is 3 in the database but 1 according to" in out
    assert run("audit", "export", "--format", "xml")[0] == 1


@pytest.fixture(scope="module")
def pg_demo(pg_template: tuple[PgServer, str]) -> tuple[PgServer, str]:
    """The demo on a PostgreSQL server, as a template each tamper test copies."""
    server, migrated = pg_template
    name = server.create_database(migrated)
    db = Database(server.url(name))
    seed_demo(db)
    db.close()
    return server, name


PG_TAMPERS = {
    "changed": (
        ["UPDATE audit_event SET doc = jsonb_set(doc::jsonb, '{8}', '\"Ändrat\"')::text"
         " WHERE id = 31"],
        (31, "audit.changed"),
    ),
    "deleted": (["DELETE FROM audit_event WHERE id = 40"], (40, "audit.missing")),
    "swapped": (
        [
            "UPDATE audit_event SET id = 1000000 WHERE id = 50",
            "UPDATE audit_event SET id = 50 WHERE id = 51",
            "UPDATE audit_event SET id = 51 WHERE id = 1000000",
        ],
        (50, None),
    ),
    "rehashed": (
        [
            "UPDATE audit_event SET doc = jsonb_set(doc::jsonb, '{8}', '\"Ändrat\"')::text"
            " WHERE id = 31",
            "UPDATE audit_event SET hash = encode(sha256(convert_to(doc, 'UTF8')), 'hex')"
            " WHERE id = 31",
        ],
        (32, "audit.prev"),
    ),
}  # fmt: skip


# One test for the four: as four, each ran on a worker of its own, and each worker seeded the
# demo on its server anew (some eight seconds a worker on a loaded machine). Each tamper still
# gets a database of its own, and a failure names it.
def test_tampering_on_postgresql_is_found(pg_demo: tuple[PgServer, str]) -> None:
    """The server's superuser, who can switch the guards off, is found out the same way."""
    import psycopg

    server, template = pg_demo
    for how, (statements, (event, key)) in PG_TAMPERS.items():
        name = server.create_database(template)
        with psycopg.connect(server.url(name), autocommit=True) as conn:
            with pytest.raises(psycopg.Error, match="innovation"):
                conn.execute(statements[0])  # the guards hold for anyone who leaves them on
            conn.execute("ALTER TABLE audit_event DISABLE TRIGGER USER")
            for statement in statements:
                conn.execute(statement)
        db = Database(server.url(name))
        report = Service(db, "ada").verify()
        db.close()
        problem = report.broken
        assert not report.ok and problem is not None and problem.event == event, how
        assert key is None or problem.key == key, how
