"""Rounds (omgångar) of areas."""

from __future__ import annotations

from innovation.store.rows import RoundRow
from innovation.store.sql import Tx, columns

_ROUND = f"SELECT {columns(RoundRow)} FROM round"


def round_named(tx: Tx, name: str) -> RoundRow | None:
    return tx.get(RoundRow, _ROUND + " WHERE name = :n", n=name)


def rounds(tx: Tx) -> list[RoundRow]:
    """Every round, by year and name."""
    return tx.fetch(RoundRow, _ROUND + " ORDER BY year, name")
