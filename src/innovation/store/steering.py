"""Reads of the board's steering: assignments (uppdrag), their indicators and statuses."""

from __future__ import annotations

from innovation.store.record import Record
from innovation.store.rows import (
    AssignmentIndicatorRow,
    AssignmentIndicatorValueRow,
    AssignmentRow,
    AssignmentStatusRow,
    GoalAreaRow,
    OrgActivityRow,
    SettingRow,
    Stamp,
    TrainingRow,
)
from innovation.store.sql import Tx, columns

_ASSIGNMENT = f"SELECT {columns(AssignmentRow)} FROM assignment"


def assignment_titled(tx: Tx, title: str) -> AssignmentRow | None:
    return tx.get(AssignmentRow, _ASSIGNMENT + " WHERE title = :t", t=title)


def assignment_id_titled(tx: Tx, title: str) -> int | None:
    found = tx.value("SELECT id FROM assignment WHERE title = :t", t=title)
    return None if found is None else int(found)


def settings(tx: Tx) -> dict[str, str]:
    """Every setting someone has set."""
    return {str(k): str(v) for k, v in tx.tuples("SELECT key, value FROM setting")}


def setting(tx: Tx, key: str) -> SettingRow | None:
    return tx.get(SettingRow, f"SELECT {columns(SettingRow)} FROM setting WHERE key = :k", k=key)


def change_setting(tx: Tx, key: str, value: str, *, by: str, at: Stamp) -> None:
    tx.run(
        "UPDATE setting SET value = :v, created_by = :a, created_at = :at WHERE key = :k",
        v=value,
        a=by,
        at=at,
        k=key,
    )


def goal_area_id(tx: Tx, name: str) -> int | None:
    found = tx.value("SELECT id FROM goal_area WHERE name = :n", n=name)
    return None if found is None else int(found)


def goal_areas(tx: Tx) -> list[GoalAreaRow]:
    return tx.fetch(GoalAreaRow, f"SELECT {columns(GoalAreaRow)} FROM goal_area ORDER BY id")


def serves(tx: Tx, area_id: int, assignment_id: int) -> bool:
    """Whether the area serves the assignment."""
    found = tx.value(
        "SELECT 1 FROM area_assignment WHERE area_id = :a AND assignment_id = :s",
        a=area_id,
        s=assignment_id,
    )
    return found is not None


def stop_serving(tx: Tx, area_id: int, assignment_id: int) -> None:
    tx.run(
        "DELETE FROM area_assignment WHERE area_id = :a AND assignment_id = :s",
        a=area_id,
        s=assignment_id,
    )


def served(tx: Tx) -> dict[int, list[int]]:
    """The areas serving each assignment (by assignment id), by area id."""
    found: dict[int, list[int]] = {}
    for area_id, assignment_id in tx.tuples(
        "SELECT area_id, assignment_id FROM area_assignment ORDER BY area_id"
    ):
        found.setdefault(int(assignment_id), []).append(int(area_id))
    return found


class AssignmentInGoalArea(Record):
    assignment: AssignmentRow
    goal_area: str | None


def assignments(tx: Tx) -> list[AssignmentInGoalArea]:
    """Every assignment by id, with its målområde's name."""
    n = len(AssignmentRow._fields)
    rows = tx.tuples(
        f"SELECT {columns(AssignmentRow, 's')}, g.name FROM assignment s"
        " LEFT JOIN goal_area g ON g.id = s.goal_area_id ORDER BY s.id"
    )
    return [AssignmentInGoalArea(AssignmentRow(*r[:n]), r[n]) for r in rows]


def indicator_id(tx: Tx, assignment_id: int, name: str) -> int | None:
    """The assignment's indicator of that name."""
    found = tx.value(
        "SELECT id FROM assignment_indicator WHERE assignment_id = :a AND name = :n",
        a=assignment_id,
        n=name,
    )
    return None if found is None else int(found)


def indicators_of_kpi(tx: Tx, kpi: str) -> list[AssignmentIndicatorRow]:
    """The assignment indicators whose values come from this Kolada KPI."""
    return tx.fetch(
        AssignmentIndicatorRow,
        f"SELECT {columns(AssignmentIndicatorRow)} FROM assignment_indicator WHERE kolada = :k",
        k=kpi,
    )


def indicator_value(tx: Tx, indicator_id: int, year: int) -> AssignmentIndicatorValueRow | None:
    return tx.get(
        AssignmentIndicatorValueRow,
        f"SELECT {columns(AssignmentIndicatorValueRow)} FROM assignment_indicator_value"
        " WHERE indicator_id = :i AND year = :y",
        i=indicator_id,
        y=year,
    )


def remove_indicator_value(tx: Tx, value_id: int) -> None:
    tx.run("DELETE FROM assignment_indicator_value WHERE id = :id", id=value_id)


class OrgWork(Record):
    work: OrgActivityRow
    assignment: str | None


def org_work(tx: Tx) -> list[OrgWork]:
    """The organisation-wide activities by the day planned, with the assignment's title."""
    n = len(OrgActivityRow._fields)
    rows = tx.tuples(
        f"SELECT {columns(OrgActivityRow, 'w')}, a.title FROM org_activity w"
        " LEFT JOIN assignment a ON a.id = w.assignment_id ORDER BY w.planned_on, w.id"
    )
    return [OrgWork(OrgActivityRow(*r[:n]), r[n]) for r in rows]


def trainings(tx: Tx) -> list[TrainingRow]:
    return tx.fetch(TrainingRow, f"SELECT {columns(TrainingRow)} FROM training ORDER BY on_day, id")


def set_partner_status(tx: Tx, partner_id: int, status: str) -> None:
    tx.run("UPDATE partner SET status = :s WHERE id = :id", s=status, id=partner_id)


def indicators_of(tx: Tx, assignment_id: int) -> list[AssignmentIndicatorRow]:
    return tx.fetch(
        AssignmentIndicatorRow,
        f"SELECT {columns(AssignmentIndicatorRow)} FROM assignment_indicator"
        " WHERE assignment_id = :a ORDER BY id",
        a=assignment_id,
    )


def indicator_values(tx: Tx, indicator_id: int) -> list[AssignmentIndicatorValueRow]:
    """An assignment indicator's values, by year."""
    return tx.fetch(
        AssignmentIndicatorValueRow,
        f"SELECT {columns(AssignmentIndicatorValueRow)} FROM assignment_indicator_value"
        " WHERE indicator_id = :i ORDER BY year",
        i=indicator_id,
    )


def latest_status(tx: Tx, assignment_id: int, period: str) -> AssignmentStatusRow | None:
    """The assignment's latest colour for the period."""
    return tx.get(
        AssignmentStatusRow,
        f"SELECT {columns(AssignmentStatusRow)} FROM assignment_status"
        " WHERE assignment_id = :a AND period = :p ORDER BY id DESC LIMIT 1",
        a=assignment_id,
        p=period,
    )
