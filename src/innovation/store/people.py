"""Reads of people."""

from __future__ import annotations

from innovation.store.rows import PersonRow
from innovation.store.sql import Tx, columns

_PERSON = f"SELECT {columns(PersonRow)} FROM person WHERE username = :username"


def person(tx: Tx, username: str) -> PersonRow | None:
    return tx.get(PersonRow, _PERSON, username=username)


def anyone(tx: Tx) -> bool:
    """Whether the workspace has any people yet."""
    return tx.value("SELECT 1 FROM person LIMIT 1") is not None


def everyone(tx: Tx) -> list[PersonRow]:
    """Everyone, by username."""
    return tx.fetch(PersonRow, f"SELECT {columns(PersonRow)} FROM person ORDER BY username")


_CONTACT = ("email", "digest", "lang")


def set_contact(tx: Tx, username: str, **changes: str | None) -> None:
    """Changes how a person is reached: their e-mail, digest and language."""
    unknown = set(changes) - set(_CONTACT)
    if unknown:
        raise ValueError(f"not a contact column: {sorted(unknown)}")
    sets = ", ".join(f"{k} = :{k}" for k in changes)
    tx.run(f"UPDATE person SET {sets} WHERE username = :u", u=username, **changes)


def digest_subscribers(tx: Tx) -> list[tuple[str, str]]:
    """(username, digest) of everyone with an address who wants reminders, by username."""
    rows = tx.tuples(
        "SELECT username, digest FROM person WHERE email IS NOT NULL AND digest <> 'none'"
        " ORDER BY username"
    )
    return [(str(u), str(d)) for u, d in rows]


def rename(tx: Tx, username: str, name: str) -> None:
    tx.run("UPDATE person SET name = :n WHERE username = :u", n=name, u=username)


def admins(tx: Tx) -> int:
    """How many people hold the admin role."""
    return int(tx.value("SELECT count(*) FROM person WHERE ' ' || roles || ' ' LIKE '% admin %'"))


def set_roles(tx: Tx, username: str, roles: str) -> None:
    tx.run("UPDATE person SET roles = :r WHERE username = :u", r=roles, u=username)
