"""Reads of what an area's people record as they work: activities, tests, lessons and
indicators with their newest value."""

from __future__ import annotations

from innovation.store.record import Record
from innovation.store.rows import (
    ActivityRow,
    IndicatorRow,
    IndicatorValueRow,
    LessonRow,
    Stamp,
    TrialRow,
)
from innovation.store.sql import Tx, columns


def activities(tx: Tx, area_id: int) -> list[ActivityRow]:
    """In the order they happened (recorded later for an earlier day comes before)."""
    return tx.fetch(
        ActivityRow,
        f"SELECT {columns(ActivityRow)} FROM activity WHERE area_id = :id ORDER BY date, id",
        id=area_id,
    )


def trials(tx: Tx, area_id: int) -> list[TrialRow]:
    return tx.fetch(
        TrialRow,
        f"SELECT {columns(TrialRow)} FROM trial WHERE area_id = :id ORDER BY created_at, id",
        id=area_id,
    )


def lessons(tx: Tx, area_id: int) -> list[LessonRow]:
    return tx.fetch(
        LessonRow,
        f"SELECT {columns(LessonRow)} FROM lesson WHERE area_id = :id ORDER BY created_at, id",
        id=area_id,
    )


class IndicatorLatest(Record):
    """An indicator and its newest total value up to a year (None: no value yet)."""

    indicator: IndicatorRow
    year: int | None
    value: float | None
    source: str | None
    above: int | None
    below: int | None
    ranked: int | None


_N = len(IndicatorRow._fields)
# Each indicator with its newest total value (one query for any number of indicators).
_WITH_LATEST = f"""SELECT {columns(IndicatorRow, "i")}, v.year, v.value, v.source,
  v.above, v.below, v.ranked
FROM indicator i LEFT JOIN indicator_value v ON v.id = (
  SELECT w.id FROM indicator_value w WHERE w.indicator_id = i.id AND w.gender = 'T'
  AND w.year <= :until ORDER BY w.year DESC LIMIT 1)"""


def _latest(*values: object) -> IndicatorLatest:
    return IndicatorLatest(IndicatorRow(*values[:_N]), *values[_N:])  # type: ignore[arg-type]


def indicators(tx: Tx, area_id: int | None = None, until: int = 9999) -> list[IndicatorLatest]:
    """Every indicator (or one area's) with its newest value up to `until`, by id."""
    where = " WHERE i.area_id = :id" if area_id is not None else ""
    return tx.fetch(_latest, f"{_WITH_LATEST}{where} ORDER BY i.id", id=area_id, until=until)


def trial(tx: Tx, trial_id: int) -> TrialRow | None:
    return tx.get(TrialRow, f"SELECT {columns(TrialRow)} FROM trial WHERE id = :id", id=trial_id)


def set_result(tx: Tx, trial_id: int, *, result: str, outcome: str, at: Stamp) -> None:
    tx.run(
        "UPDATE trial SET result = :result, outcome = :outcome, result_at = :at WHERE id = :id",
        result=result,
        outcome=outcome,
        at=at,
        id=trial_id,
    )


def activity_area(tx: Tx, activity_id: int) -> int | None:
    """The area an activity belongs to (None: no such activity)."""
    found = tx.value("SELECT area_id FROM activity WHERE id = :id", id=activity_id)
    return None if found is None else int(found)


def lessons_of_cycle(tx: Tx, area_id: int, cycle: int) -> list[LessonRow]:
    return tx.fetch(
        LessonRow,
        f"SELECT {columns(LessonRow)} FROM lesson WHERE area_id = :a AND cycle = :c ORDER BY id",
        a=area_id,
        c=cycle,
    )


def every_lesson(tx: Tx) -> list[LessonRow]:
    return tx.fetch(LessonRow, f"SELECT {columns(LessonRow)} FROM lesson ORDER BY id")


def scope_approved(tx: Tx, area_id: int) -> bool:
    """Whether the scope gate (avgränsning → nyläge) was ever approved for the area."""
    found = tx.value(
        "SELECT count(*) FROM request WHERE area_id = :a AND source = 'avgransning'"
        " AND dest = 'nylage' AND status = 'approved'",
        a=area_id,
    )
    return bool(found)


def indicator_value(tx: Tx, indicator_id: int, year: int, gender: str) -> IndicatorValueRow | None:
    return tx.get(
        IndicatorValueRow,
        f"SELECT {columns(IndicatorValueRow)} FROM indicator_value"
        " WHERE indicator_id = :i AND year = :y AND gender = :g",
        i=indicator_id,
        y=year,
        g=gender,
    )


def indicator_values(tx: Tx, indicator_id: int) -> list[IndicatorValueRow]:
    """An indicator's values by year and gender."""
    return tx.fetch(
        IndicatorValueRow,
        f"SELECT {columns(IndicatorValueRow)} FROM indicator_value WHERE indicator_id = :i"
        " ORDER BY year, gender",
        i=indicator_id,
    )


def indicators_of_kpi(tx: Tx, kpi: str) -> list[IndicatorRow]:
    """The areas' indicators whose values come from this Kolada KPI."""
    return tx.fetch(
        IndicatorRow, f"SELECT {columns(IndicatorRow)} FROM indicator WHERE kolada = :k", k=kpi
    )


def kpis(tx: Tx) -> list[str]:
    """Every Kolada KPI an indicator names, the areas' and the assignments' alike."""
    rows = tx.tuples(
        "SELECT kolada FROM indicator WHERE kolada IS NOT NULL UNION"
        " SELECT kolada FROM assignment_indicator WHERE kolada IS NOT NULL ORDER BY 1"
    )
    return [str(r[0]) for r in rows]


def pending_trial(tx: Tx, area_id: int) -> int | None:
    """The area's newest test still without a result."""
    found = tx.value("SELECT max(id) FROM trial WHERE area_id = :a AND result IS NULL", a=area_id)
    return None if found is None else int(found)
