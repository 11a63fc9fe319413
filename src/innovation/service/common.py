"""Small helpers every command module shares: validation of values, and the writes a change is
made of (from store/writes.py)."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, TypeVar

from innovation import words
from innovation.domain import Invalid, Role, clean_text
from innovation.i18n import t
from innovation.store.writes import (
    end_delegations,
    enter_phase,
    insert,
    leave_phase,
    touch,
    update,
)

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
    # As the person reads them; each word (and the stored name) is understood.
    choices = ", ".join(t(f"role.{r.value}").split(" (")[0] for r in Role)
    if not values:
        raise Invalid("error.no_role", choices=choices)
    chosen: list[str] = []
    for value in values:
        name = words.role(value)
        if name is None:
            raise Invalid("error.bad_role", value=value, choices=choices)
        if name not in chosen:
            chosen.append(name)
    return chosen


_BETTER = {"higher": "higher", "hogre": "higher", "lower": "lower", "lagre": "lower"}


def better(value: str) -> str:
    """Which way is better for an indicator: higher or lower (Swedish högre/lägre too)."""
    name = value.strip().lower().replace("ö", "o").replace("ä", "a")
    if name not in _BETTER:
        raise Invalid("error.bad_better", value=value)
    return _BETTER[name]


__all__ = ["end_delegations", "enter_phase", "insert", "leave_phase", "touch", "update"]
