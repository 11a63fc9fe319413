"""Reads of the follow-up: each area's latest traffic light per period, and a period's work
read from the tables the commands keep."""

from __future__ import annotations

from datetime import datetime

from innovation.store.record import Record
from innovation.store.rows import Stamp, StatusReportRow
from innovation.store.sql import Tx, columns

# The latest report of each area and period (an amendment is a newer report).
_LATEST = f"""
SELECT {columns(StatusReportRow, "s")} FROM status_report s
WHERE s.id = (SELECT max(x.id) FROM status_report x
              WHERE x.area_id = s.area_id AND x.period = s.period)
"""


def latest(tx: Tx, area_id: int, period: str) -> StatusReportRow | None:
    """The area's latest report for the period."""
    return tx.get(
        StatusReportRow, _LATEST + " AND s.area_id = :a AND s.period = :p", a=area_id, p=period
    )


def latest_of_period(tx: Tx, period: str) -> list[StatusReportRow]:
    """Each area's latest report for the period."""
    return tx.fetch(StatusReportRow, _LATEST + " AND s.period = :p", p=period)


def latest_everywhere(tx: Tx) -> list[StatusReportRow]:
    """Each area's latest report for every period, by period."""
    return tx.fetch(StatusReportRow, _LATEST + " ORDER BY s.period")


def latest_of_area(tx: Tx, area_id: int) -> list[StatusReportRow]:
    """The area's latest report for each period, newest period first."""
    return tx.fetch(
        StatusReportRow, _LATEST + " AND s.area_id = :a ORDER BY s.period DESC", a=area_id
    )


def unreported(tx: Tx) -> list[int]:
    """Areas without a report for a period that is open now."""
    rows = tx.tuples(
        "SELECT a.id FROM area a, period p WHERE p.status = 'open' AND NOT EXISTS ("
        "SELECT 1 FROM status_report s WHERE s.area_id = a.id AND s.period = p.key)"
    )
    return [int(r[0]) for r in rows]


MOVE, TEST_ADD, TEST_RESULT, LESSON = range(4)


class WorkItem(Record):
    """One thing done in a period: its kind (MOVE, TEST_ADD, TEST_RESULT or LESSON), a test's
    key, the text (phase, hypothesis, result, lesson), the phase moved from or the test's
    outcome, and when."""

    area_id: int
    kind: int
    key: str | None
    text: str
    other: str | None
    at: Stamp
    id: int


# A period's work by area (not from the trail, which on a national workspace holds a million
# events): phase stays begun in the period (except an area's first), tests added, results
# recorded and lessons learnt. A national period has some 170,000 of them, so each row
# carries only what the report shows.
_PERIOD_WORK = f"""
SELECT area_id, {MOVE}, NULL, phase, came_from, since, id
FROM phase_stay WHERE since >= :since AND since < :until AND came_from IS NOT NULL
UNION ALL
SELECT area_id, {TEST_ADD}, 'T' || id, hypothesis, NULL, created_at, id FROM trial
WHERE created_at >= :since AND created_at < :until
UNION ALL
SELECT area_id, {TEST_RESULT}, 'T' || id, result, outcome, result_at, id FROM trial
WHERE result_at >= :since AND result_at < :until
UNION ALL
SELECT area_id, {LESSON}, NULL, text, NULL, created_at, id FROM lesson
WHERE created_at >= :since AND created_at < :until
ORDER BY 6, 7
"""


def period_work(tx: Tx, since: datetime, until: datetime) -> list[WorkItem]:
    """What was done in [since, until), in the order it happened. Plain tuples (typed as
    WorkItem): building a named row for each of a national period's items costs more than
    the query."""
    rows: list[WorkItem] = tx.tuples(_PERIOD_WORK, since=since, until=until)  # type: ignore[assignment]
    return rows
