"""PostgreSQL's logins for analysts: who the session is, and granting or revoking a read-only
login. The service decides who may; this is only how the server is told."""

from __future__ import annotations

from typing import NamedTuple

from innovation.store.sql import Tx


class Session(NamedTuple):
    login: str
    superuser: bool


def session(tx: Tx) -> Session | None:
    """The server's login of this session, or None on SQLite (which has no logins)."""
    if tx.sqlite:
        return None
    login = str(tx.value("SELECT session_user"))
    superuser = bool(tx.value("SELECT rolsuper FROM pg_roles WHERE rolname = session_user"))
    return Session(login, superuser)


def writes(tx: Tx, username: str) -> bool:
    """Whether the login is a superuser or one the program writes through."""
    return bool(
        tx.value(
            "SELECT rolsuper OR pg_has_role(rolname, 'innovation_service', 'MEMBER')"
            " FROM pg_roles WHERE rolname = :u",
            u=username,
        )
    )


def exists(tx: Tx, username: str) -> bool:
    return bool(tx.value("SELECT count(*) FROM pg_roles WHERE rolname = :u", u=username))


def grant_analyst(tx: Tx, username: str) -> None:
    """A login that reads the analyst views and nothing else, and cannot keep writers waiting.
    `username` has passed clean_username ([a-z0-9._-]): safe inside a quoted identifier."""
    role = f'"{username}"'
    if not exists(tx, username):
        tx.run(
            f"CREATE ROLE {role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE"
            " NOREPLICATION NOBYPASSRLS"
        )
    else:
        tx.run(f"ALTER ROLE {role} LOGIN NOCREATEDB NOCREATEROLE")
    tx.run(f"GRANT innovation_analyst TO {role}")
    tx.run(f"ALTER ROLE {role} SET statement_timeout = '60s'")
    tx.run(f"ALTER ROLE {role} SET idle_in_transaction_session_timeout = '60s'")


def revoke_analyst(tx: Tx, username: str) -> None:
    role = f'"{username}"'
    tx.run(f"REVOKE innovation_analyst FROM {role}")
    tx.run(f"ALTER ROLE {role} NOLOGIN")
