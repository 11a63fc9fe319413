"""Reads of the follow-up: each area's latest traffic light per period, and a period's work
read from the tables the commands keep."""

from __future__ import annotations

from datetime import datetime

from innovation.plain import Plain
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


class PeriodMove(Record):
    """A phase stay begun in a period by a move: the area, when, from which phase, to which."""

    area_id: int
    at: Stamp
    came_from: str
    phase: str


class PeriodTest(Record):
    """A test added (outcome None, text the hypothesis) or its result recorded (text the
    result) in a period: the area, the test's key, the text, the outcome."""

    area_id: int
    key: str
    text: str
    outcome: str | None
    added: bool


class PeriodLesson(Record):
    """A lesson learnt in a period: the area and the lesson."""

    area_id: int
    text: str


class PeriodRows(Plain):
    """A period's work read from the tables the commands keep (not from the trail, which on a
    national workspace holds a million events), each list in the order it happened."""

    moves: list[PeriodMove]
    tests: list[PeriodTest]
    lessons: list[PeriodLesson]


# One statement a kind, each read in the order of its time index: a national period has some
# 170,000 items, and sorting them all together cost more than reading them. An area's first
# stay is no move. Rows are plain tuples typed as records: building a named row for each
# costs more than the query.
_MOVES = """
SELECT area_id, since, came_from, phase FROM phase_stay
WHERE since >= :since AND since < :until AND came_from IS NOT NULL ORDER BY since, id
"""
_TESTS = """
SELECT area_id, key, text, outcome, added FROM (
  SELECT area_id, 'T' || id AS key, hypothesis AS text, NULL AS outcome, 1 AS added,
         created_at AS at, id FROM trial
  WHERE created_at >= :since AND created_at < :until
  UNION ALL
  SELECT area_id, 'T' || id, result, outcome, 0, result_at, id FROM trial
  WHERE result_at >= :since AND result_at < :until
) work ORDER BY at, id
"""
_LESSONS = """
SELECT area_id, text FROM lesson
WHERE created_at >= :since AND created_at < :until ORDER BY created_at, id
"""


def period_work(tx: Tx, since: datetime, until: datetime) -> PeriodRows:
    """What was done in [since, until): moves, tests added or with a result, lessons."""
    moves: list[PeriodMove] = tx.tuples(_MOVES, since=since, until=until)  # type: ignore[assignment]
    tests: list[PeriodTest] = tx.tuples(_TESTS, since=since, until=until)  # type: ignore[assignment]
    lessons: list[PeriodLesson] = tx.tuples(_LESSONS, since=since, until=until)  # type: ignore[assignment]
    return PeriodRows(moves=moves, tests=tests, lessons=lessons)
