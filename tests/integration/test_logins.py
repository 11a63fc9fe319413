"""A shared PostgreSQL database trusts only the program's service role; a person with a login of
their own (an analyst) reads views and can do nothing else. Every attack a member of staff made
with plain psql is tried here with a real connection of that kind, and fails."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from innovation.domain import Forbidden, Refused
from innovation.service import Service
from innovation.store.database import Database
from tests.pg import PgServer


@pytest.fixture
def shared(pg_template: tuple[PgServer, str]) -> Iterator[dict[str, Any]]:
    """A workspace written by the service role, with an analyst login for lea."""
    server, template = pg_template
    name = server.create_database(template)
    with psycopg.connect(server.url(name), autocommit=True) as conn:
        conn.execute(
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'innovation')"
            " THEN CREATE ROLE innovation LOGIN IN ROLE innovation_service; END IF; END $$"
        )
    service = Database(server.url(name, user="innovation"))
    setup = Service(service, "ada")
    setup.add_person("ada", name="Ada", roles=["admin", "facilitator"])
    for username, roles in (("lea", ["ledartroja"]), ("leo", ["ledartroja"]), ("fred", ["fadder"])):
        setup.add_person(username, name=username.title(), roles=roles)
    setup.create_area("Hur kan vi?", track="malsokande", fadder="fred", ledartrojor=["lea", "leo"])
    Service(service, "lea").add_activity("O1", kind="workshop", residents=3)
    Service(service, "lea").move("O1", "avgransning", reason="Klart")
    owner = Database(server.url(name))
    Service(owner, server.user).grant_login("lea")
    owner.close()
    yield {"server": server, "name": name, "service": service}
    service.close()


def connect(shared: dict[str, Any], user: str) -> psycopg.Connection[Any]:
    return psycopg.connect(shared["server"].url(shared["name"], user=user), autocommit=True)


def test_the_service_role_writes_for_the_person_named(shared: dict[str, Any]) -> None:
    db: Database = shared["service"]
    assert db.is_service()
    Service(db, "lea").add_lesson("O1", "Unga vill bli tillfrågade")
    events = Service(db, "ada").audit_list()
    assert events[-1].actor == "lea" and Service(db, "ada").verify().ok
    # The program's own rules still hold for whoever it acts for.
    with pytest.raises(Forbidden):
        Service(db, "fred").add_lesson("O1", "Inte min")


ATTACKS = [
    # A ledartröja approves her own request: appends a decision and moves the area herself.
    "INSERT INTO audit_event (id, doc, hash) SELECT max(id) + 1, '[]', 'x' FROM audit_event",
    "UPDATE request SET status = 'approved', decided_by = 'lea'",
    "UPDATE area SET phase = 'nylage'",
    # Any login makes itself admin.
    "UPDATE person SET roles = 'admin ledartroja' WHERE username = 'lea'",
    # Decision rights handed to an accomplice.
    "INSERT INTO delegation (area_id, fadder, delegate, until, created_at)"
    " VALUES (1, 'fred', 'leo', '2099-01-01', now())",
    # Reading what is not for analysts, or changing the trail.
    "SELECT doc FROM audit_event",
    "SELECT * FROM person",
    "DELETE FROM audit_event",
    "TRUNCATE audit_event",
    # Stopping everyone: the trail's lock.
    "SELECT pg_advisory_lock(418581603444)",
    "SELECT pg_advisory_xact_lock(418581603444)",
    # Becoming more than an analyst.
    "SET ROLE innovation_service",
    "CREATE ROLE evil LOGIN SUPERUSER",
    "CREATE TABLE public.loot (x text)",
    "ALTER ROLE lea CREATEROLE",
]


@pytest.mark.parametrize("sql", ATTACKS)
def test_an_analyst_login_can_do_none_of_it(shared: dict[str, Any], sql: str) -> None:
    before = Service(shared["service"], "ada").head()
    with connect(shared, "lea") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(sql)
    after = Service(shared["service"], "ada")
    assert after.head() == before and after.rebuilt_differences() == []


def test_an_analyst_reads_the_views(shared: dict[str, Any]) -> None:
    with connect(shared, "lea") as conn:
        rows = conn.execute("SELECT id, phase FROM analyst_area").fetchall()
        assert rows == [(1, "avgransning")]
        kinds = [r[0] for r in conn.execute("SELECT kind FROM analyst_event ORDER BY id")]
        assert "move" in kinds
        role = conn.execute(
            "SELECT rolcreaterole, rolcreatedb, rolsuper FROM pg_roles WHERE rolname = 'lea'"
        ).fetchone()
    assert role == (False, False, False)


def test_only_the_owner_grants_logins_and_never_a_writing_one(shared: dict[str, Any]) -> None:
    with pytest.raises(Forbidden):
        Service(shared["service"], "ada").grant_login("mia")
    with pytest.raises(Refused, match="service role"):
        Service(Database(shared["server"].url(shared["name"])), "x").grant_login("innovation")


def test_nothing_hangs_the_writers(shared: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    """Someone who could take the trail's lock (only the owner can) and held it: the program's
    command gives up with a clear message instead of waiting for ever."""
    from innovation.store.trail import CHAIN_LOCK

    monkeypatch.setenv("INNOVATION_LOCK_TIMEOUT", "1s")
    db = Database(shared["server"].url(shared["name"], user="innovation"))
    held = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with psycopg.connect(shared["server"].url(shared["name"]), autocommit=True) as conn:
            conn.execute("SELECT pg_advisory_lock(%s)", (CHAIN_LOCK,))
            held.set()
            release.wait(30)

    thread = threading.Thread(target=hold)
    thread.start()
    try:
        held.wait(10)
        with pytest.raises(Refused, match="busy"):
            Service(db, "lea").add_lesson("O1", "Väntar inte för evigt")
    finally:
        release.set()
        thread.join()
        db.close()


def test_the_command_line_on_the_service_role_acts_for_whom_ssh_named(
    shared: dict[str, Any],
) -> None:
    url = shared["server"].url(shared["name"], user="innovation")
    env = {**os.environ, "INNOVATION_DB": url, "INNOVATION_LANG": "en"}
    env.pop("INNOVATION_USER", None)

    def cli(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(Path(sys.executable).parent / "innovation"), *args],
            env={**env, **extra},
            capture_output=True,
            text=True,
        )

    done = cli("lesson", "add", "O1", "Via SSH", INNOVATION_SSH_USER="lea")
    assert done.returncode == 0, done.stderr
    out = cli("audit", "list", "--kind", "lesson", "--json", INNOVATION_SSH_USER="ada")
    assert json.loads(out.stdout)[-1]["actor"] == "lea"
    # An analyst's own login may read through the program, not act as anyone.
    reader = {"INNOVATION_DB": shared["server"].url(shared["name"], user="lea")}
    refused = cli("lesson", "add", "O1", "Som leo", "--as", "leo", **reader)
    assert refused.returncode == 1 and "you are your database login (lea)" in refused.stderr


def test_a_login_the_server_does_not_know_is_told_about_db_grant(shared: dict[str, Any]) -> None:
    from tests.cli import invoke

    url = shared["server"].url(shared["name"], user="okand")
    result = invoke(["--db", url, "area", "list"], {"INNOVATION_LANG": "en"})
    assert result.exit_code == 1
    assert "does not know the login okand" in result.stderr
    assert "innovation db grant okand" in result.stderr
    assert "Traceback" not in result.output
