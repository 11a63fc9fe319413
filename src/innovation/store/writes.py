"""The writes every change is made of: a row inserted, an area touched, a phase stay begun.

The service's commands and the trail's projection (store/projection.py) both write through
these, so an area's version and its phase stays mean the same whichever wrote them.
"""

from __future__ import annotations

import functools
from typing import Any

from innovation.domain import NotFound, Refused, make_key
from innovation.store.sql import Tx
from innovation.timeutil import as_utc


@functools.cache
def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    names = ", ".join(columns)
    slots = ", ".join(f":{c}" for c in columns)
    return f"INSERT INTO {table} ({names}) VALUES ({slots})"


def insert(tx: Tx, table: str, **values: Any) -> int:
    return tx.insert(_insert_sql(table, tuple(values)), **values)


@functools.cache
def _touch_sql(columns: tuple[str, ...]) -> str:
    sets = "".join(f", {c} = :{c}" for c in columns)
    # A merged area has ended: nothing changes it any more (its history stays readable).
    return f"UPDATE area SET version = version + 1{sets} WHERE id = :id AND merged_into IS NULL"


def touch(tx: Tx, area_id: int, **values: Any) -> None:
    """Changes an area and bumps its version, which is how requests notice they went stale;
    a new phase (with its phase_since) also starts a new stay in it."""
    if not tx.run(_touch_sql(tuple(values)), id=area_id, **values):
        into = tx.value("SELECT merged_into FROM area WHERE id = :id", id=area_id)
        if into is None:  # not merged: not there at all (a trail that names an area unmade)
            raise NotFound("error.no_such_area", key=make_key("area", area_id))
        raise Refused(
            "error.area_merged", area=make_key("area", area_id), into=make_key("area", into)
        )
    if "phase" in values:
        enter_phase(tx, area_id, values["phase"], values["phase_since"])


def leave_phase(tx: Tx, area_id: int, at: Any) -> str | None:
    """Ends the area's current stay in a phase, keeping its length; returns that phase."""
    current = tx.one(
        "SELECT id, phase, since FROM phase_stay WHERE area_id = :a AND until IS NULL", a=area_id
    )
    if current is None:
        return None
    days = (as_utc(at) - as_utc(current["since"])).total_seconds() / 86400
    tx.run(
        "UPDATE phase_stay SET until = :at, days = :days WHERE id = :id",
        at=at,
        days=days,
        id=current["id"],
    )
    return str(current["phase"])


def enter_phase(tx: Tx, area_id: int, phase: str, since: Any) -> None:
    """Ends the area's current stay and starts one in `phase` (time in phase is then a sum in
    SQL, not a walk through the audit trail)."""
    came_from = leave_phase(tx, area_id, since)
    insert(tx, "phase_stay", area_id=area_id, phase=phase, since=since, came_from=came_from)


def end_delegations(tx: Tx, area_id: int, at: Any) -> None:
    """Ends the area's delegation (if any): it belongs to the fadder and the area as they are."""
    tx.run(
        "UPDATE delegation SET ended_at = :now WHERE area_id = :a AND ended_at IS NULL",
        now=at,
        a=area_id,
    )


def update(tx: Tx, table: str, row_id: int, **changes: Any) -> None:
    """Sets columns of one row (a correction: the audit event keeps what they were)."""
    sets = ", ".join(f"{c} = :{c}" for c in changes)
    tx.run(f"UPDATE {table} SET {sets} WHERE id = :id", id=row_id, **changes)
