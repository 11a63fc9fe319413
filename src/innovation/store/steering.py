"""Reads of the board's steering: assignments (uppdrag), their indicators and statuses."""

from __future__ import annotations

from innovation.store.rows import AssignmentRow
from innovation.store.sql import Tx, columns

_ASSIGNMENT = f"SELECT {columns(AssignmentRow)} FROM assignment"


def assignment_titled(tx: Tx, title: str) -> AssignmentRow | None:
    return tx.get(AssignmentRow, _ASSIGNMENT + " WHERE title = :t", t=title)
