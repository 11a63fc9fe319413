"""SSH keys: who may come in over SSH, and as whom."""

from __future__ import annotations

from innovation.store.rows import SshKeyRow, Stamp
from innovation.store.sql import Tx, columns

_KEY = f"SELECT {columns(SshKeyRow)} FROM ssh_key"


def by_fingerprint(tx: Tx, fingerprint: str) -> SshKeyRow | None:
    return tx.get(SshKeyRow, _KEY + " WHERE fingerprint = :f", f=fingerprint)


def keys(tx: Tx, *, revoked: bool = False) -> list[SshKeyRow]:
    """The keys by owner (with `revoked`, also those revoked)."""
    where = "" if revoked else " WHERE revoked_at IS NULL"
    return tx.fetch(SshKeyRow, _KEY + where + " ORDER BY username, id")


def active(tx: Tx) -> list[SshKeyRow]:
    """The keys in force, in the order they were added."""
    return tx.fetch(SshKeyRow, _KEY + " WHERE revoked_at IS NULL ORDER BY id")


def revoke(tx: Tx, key_id: int, *, by: str, at: Stamp) -> None:
    tx.run(
        "UPDATE ssh_key SET revoked_by = :by, revoked_at = :at WHERE id = :id",
        by=by,
        at=at,
        id=key_id,
    )
