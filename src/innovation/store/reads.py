"""Reads whose SQL differs between the two databases, as typed rows: the service asks for what
it needs and never sees a dialect."""

from __future__ import annotations

from datetime import datetime
from typing import TypeVar

from innovation.store.record import Record
from innovation.store.rows import TABLES, table_of
from innovation.store.sql import Tx, columns

# Days per stay: closed stays keep their length, the current one counts to now.
_DAYS = {
    True: "coalesce(s.days, julianday(:now) - julianday(s.since))",
    False: "coalesce(s.days, extract(epoch from (:now - s.since)) / 86400.0)",
}


class PhaseDays(Record):
    area_id: int
    phase: str
    days: float


def phase_days(tx: Tx, now: datetime, area_id: int | None = None) -> list[PhaseDays]:
    """Days spent per area and phase (over all its stays), in the order the phases were first
    entered."""
    where = "WHERE s.area_id = :area" if area_id is not None else ""
    params = {"area": area_id} if area_id is not None else {}
    rows = tx.tuples(
        f"SELECT s.area_id, s.phase, sum({_DAYS[tx.sqlite]}) AS days, min(s.id) AS first"
        f" FROM phase_stay s {where} GROUP BY s.area_id, s.phase ORDER BY s.area_id, first",
        # SQLite keeps times as naive UTC text; PostgreSQL compares aware times.
        now=now.replace(tzinfo=None) if tx.sqlite else now,
        **params,
    )
    return [PhaseDays(a, phase, float(days)) for a, phase, days, _ in rows]


R = TypeVar("R", bound=Record)


def by_id(tx: Tx, kind: type[R], row_id: int) -> R | None:
    """A table's row by its id, as the table's typed row (store/rows.py)."""
    table = table_of(kind)
    found: R | None = tx.get(kind, f"SELECT {columns(kind)} FROM {table} WHERE id = :id", id=row_id)
    return found


def exists(tx: Tx, table: str, row_id: int) -> bool:
    """Whether the table has a row with this id."""
    if table not in TABLES:
        raise ValueError(f"no table {table!r}")
    return tx.value(f"SELECT 1 FROM {table} WHERE id = :id", id=row_id) is not None
