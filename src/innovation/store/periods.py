"""Periods (tertialer): opened, closed, and read."""

from __future__ import annotations

from innovation.store.rows import PeriodRow, Stamp
from innovation.store.sql import Tx, columns

_SELECT = f"SELECT {columns(PeriodRow)} FROM period"


def period(tx: Tx, key: str) -> PeriodRow | None:
    return tx.get(PeriodRow, _SELECT + " WHERE key = :k", k=key)


def status(tx: Tx, key: str) -> str | None:
    """'open' or 'closed'; None for a period never opened."""
    found: str | None = tx.value("SELECT status FROM period WHERE key = :k", k=key)
    return found


def closed(tx: Tx, key: str) -> PeriodRow | None:
    return tx.get(PeriodRow, _SELECT + " WHERE key = :k AND status = 'closed'", k=key)


def every(tx: Tx) -> list[PeriodRow]:
    return tx.fetch(PeriodRow, _SELECT + " ORDER BY key")


def open_keys(tx: Tx) -> list[str]:
    return [str(r[0]) for r in tx.tuples("SELECT key FROM period WHERE status = 'open'")]


def close(tx: Tx, key: str, *, by: str, at: Stamp) -> None:
    tx.run(
        "UPDATE period SET status = 'closed', closed_by = :by, closed_at = :at WHERE key = :k",
        by=by,
        at=at,
        k=key,
    )
