"""A closed period's report as delivered: its stored revisions, and what the report counts."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from innovation.store.record import Record
from innovation.store.rows import ReportRevisionRow
from innovation.store.sql import Tx, columns

_REVISION = f"SELECT {columns(ReportRevisionRow)} FROM report_revision WHERE period = :p"


def revisions(tx: Tx, period: str) -> list[ReportRevisionRow]:
    """A period's stored revisions, oldest first."""
    return tx.fetch(ReportRevisionRow, _REVISION + " ORDER BY revision", p=period)


def revision(tx: Tx, period: str, number: int | None = None) -> ReportRevisionRow | None:
    """A period's revision by number, or (None) its latest."""
    if number is None:
        return tx.get(ReportRevisionRow, _REVISION + " ORDER BY revision DESC LIMIT 1", p=period)
    return tx.get(ReportRevisionRow, _REVISION + " AND revision = :r", p=period, r=number)


def revisions_in_trail(tx: Tx, period: str) -> list[dict[str, Any]]:
    """What the trail recorded of each revision of the period's report (the events' `after`)."""
    rows = tx.tuples(
        "SELECT after FROM audit_event WHERE kind = 'report.revise' AND subject = :p", p=period
    )
    return [json.loads(r[0]) if isinstance(r[0], str) else dict(r[0]) for r in rows]


class Cocreation(Record):
    """An area's co-creation in a span: occasions, and who took part."""

    area_id: int
    occasions: int
    residents: int
    staff: int
    managers: int


def cocreation(tx: Tx, start: date, end: date) -> list[Cocreation]:
    """Each area's activities in [start, end), counted."""
    rows = tx.tuples(
        "SELECT area_id, count(*), coalesce(sum(residents), 0), coalesce(sum(staff), 0),"
        " coalesce(sum(managers), 0) FROM activity WHERE date >= :s AND date < :e"
        " GROUP BY area_id",
        s=start,
        e=end,
    )
    return [Cocreation(*(int(v) for v in r)) for r in rows]
