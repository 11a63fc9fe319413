"""Small helpers every command module shares: validation of values and SQL for writes."""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from typing import Any, TypeVar

from innovation.domain import Invalid, Refused, Role, clean_text, make_key
from innovation.i18n import t
from innovation.store.sql import Tx
from innovation.timeutil import as_utc

MAX_COUNT = 1_000_000
F = TypeVar("F", bound=Callable[..., Any])


def field(name: str) -> str:
    return t(f"field.{name}")


def count(value: int, name: str) -> int:
    if not 0 <= value <= MAX_COUNT:
        raise Invalid("error.bad_number", field=field(name), low=0, high=MAX_COUNT, value=value)
    return value


def number(value: float, name: str) -> float:
    if not math.isfinite(value) or abs(value) > 1e12:
        raise Invalid("error.bad_number", field=field(name), low="-10¹²", high="10¹²", value=value)
    return value


def year(value: int, name: str) -> int:
    if not 1900 <= value <= 2100:
        raise Invalid("error.bad_year", field=field(name), value=value)
    return value


def optional(value: str | None, name: str, limit: int, multiline: bool = False) -> str | None:
    if value is None or not value.strip():
        return None
    return clean_text(value, field_name=field(name), limit=limit, multiline=multiline)


def required(value: str | None, name: str, limit: int, multiline: bool = True) -> str:
    return clean_text(value or "", field_name=field(name), limit=limit, multiline=multiline)


def roles(values: list[str]) -> list[str]:
    choices = ", ".join(r.value for r in Role)
    if not values:
        raise Invalid("error.no_role", choices=choices)
    chosen: list[str] = []
    for value in values:
        name = value.strip().lower().replace("ö", "o")
        if name not in {r.value for r in Role}:
            raise Invalid("error.bad_role", value=value, choices=choices)
        if name not in chosen:
            chosen.append(name)
    return chosen


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


_BETTER = {"higher": "higher", "hogre": "higher", "lower": "lower", "lagre": "lower"}


def better(value: str) -> str:
    """Which way is better for an indicator: higher or lower (Swedish högre/lägre too)."""
    name = value.strip().lower().replace("ö", "o").replace("ä", "a")
    if name not in _BETTER:
        raise Invalid("error.bad_better", value=value)
    return _BETTER[name]
