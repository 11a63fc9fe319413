"""On PostgreSQL, who acts is the database login: each claim tried with a person's own login,
through the service, the command line and plain SQL (what someone with psql could do)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
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
    """A workspace set up by the installation's superuser, with logins for its people."""
    server, template = pg_template
    name = server.create_database(template)
    owner = Database(server.url(name))
    setup = Service(owner, "ada")
    setup.add_person("ada", name="Ada", roles=["admin", "facilitator"])
    for username, roles in (("lea", ["ledartroja"]), ("leo", ["ledartroja"]), ("fred", ["fadder"])):
        setup.add_person(username, name=username.title(), roles=roles)
    setup.create_area("Hur kan vi?", track="malsokande", fadder="fred", ledartrojor=["lea", "leo"])
    root = Service(owner, server.user)
    root.grant_login("ada", roles=["admin", "facilitator"])
    for username, roles in (("lea", ["ledartroja"]), ("leo", ["ledartroja"]), ("fred", ["fadder"])):
        root.grant_login(username, roles=roles)
    owner.close()
    opened: list[Database] = []

    def login(user: str) -> Database:
        db = Database(server.url(name, user=user))
        opened.append(db)
        return db

    yield {"server": server, "name": name, "login": login}
    for db in opened:
        db.close()


def test_a_login_writes_in_its_own_name_only(shared: dict[str, Any]) -> None:
    lea = shared["login"]("lea")
    Service(lea, "lea").add_lesson("O1", "Unga vill bli tillfrågade")
    # The service would let leo record on O1, but this connection is lea's: the database says no.
    with pytest.raises(Refused, match="lea may not write created_by = leo in lesson"):
        Service(lea, "leo").add_lesson("O1", "I någon annans namn")
    assert [x.text for x in Service(lea, "lea").show_area("O1").lessons] == [
        "Unga vill bli tillfrågade"
    ]
    assert Service(lea, "lea").verify().ok


def test_plain_sql_cannot_forge_or_rewrite_the_trail(shared: dict[str, Any]) -> None:
    server, name = shared["server"], shared["name"]
    with psycopg.connect(server.url(name, user="lea"), autocommit=True) as conn:
        for sql in (
            "UPDATE audit_event SET hash = 'x' WHERE id = 1",
            "DELETE FROM audit_event WHERE id = 1",
            "TRUNCATE audit_event",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql)
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="created_by = fred"):
            conn.execute(
                "INSERT INTO lesson (area_id, cycle, text, created_by, created_at)"
                " VALUES (1, 1, 'falsk', 'fred', now())"
            )
        forged = json.dumps([999, "2024-05-01T09:00:00.000000Z", "fred", "lesson.add", "O1",
                             None, "{}", "{}", None, "0" * 64])  # fmt: skip
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="innovation:"):
            conn.execute(
                "INSERT INTO audit_event (id, doc, hash) VALUES (999, %s, %s)", (forged, "0" * 64)
            )
        # Without a name, a row takes the login's own.
        conn.execute(
            "INSERT INTO lesson (area_id, cycle, text, created_at) VALUES (1, 1, 'egen', now())"
        )
        row = conn.execute("SELECT created_by FROM lesson WHERE text = 'egen'").fetchone()
        assert row == ("lea",)


def test_logins_are_granted_by_admins(shared: dict[str, Any]) -> None:
    with pytest.raises(Forbidden):
        Service(shared["login"]("lea"), "lea").grant_login("mia", roles=["ledartroja"])
    ada = shared["login"]("ada")
    assert Service(ada, "ada").grant_login("mia", roles=["ledartroja", "fadder"]) == [
        "ledartroja",
        "fadder",
    ]
    Service(ada, "ada").grant_login("mia", roles=["ledartroja"])
    server = shared["server"]
    with psycopg.connect(server.url(shared["name"]), autocommit=True) as conn:
        groups = conn.execute(
            "SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid"
            " JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = 'mia' ORDER BY 1"
        ).fetchall()
    assert [g[0] for g in groups] == ["innovation_ledartroja", "innovation_member"]


def test_the_command_line_acts_as_the_login(shared: dict[str, Any]) -> None:
    url = shared["server"].url(shared["name"], user="lea")
    env = {**os.environ, "INNOVATION_DB": url, "INNOVATION_LANG": "en"}
    env.pop("INNOVATION_USER", None)

    def cli(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(Path(sys.executable).parent / "innovation"), *args],
            env={**env, **extra},
            capture_output=True,
            text=True,
        )

    done = cli("lesson", "add", "O1", "Från lea:s terminal")
    assert done.returncode == 0, done.stderr
    refused = cli("lesson", "add", "O1", "Som leo", "--as", "leo")
    assert refused.returncode == 1 and "you are your database login (lea)" in refused.stderr
    refused = cli("lesson", "add", "O1", "Som leo", INNOVATION_USER="leo")
    assert refused.returncode == 1 and "--as and INNOVATION_USER do not apply" in refused.stderr
