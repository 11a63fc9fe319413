"""Reads of the audit trail's table that the service's rules need: the latest events of an
area among some kinds (the chain itself is written and read by innovation.audit)."""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from innovation.store.sql import Tx


class EventMark(NamedTuple):
    """An event as the rules about days see it: which it is, and when it happened."""

    id: int
    kind: str
    on_day: str | None
    at: str


_MARK = "SELECT id, kind, on_day, at FROM audit_event WHERE area = :area AND kind {} ({})"


@cache
def _sql(among: bool, kinds: tuple[str, ...], order: str) -> str:
    listed = ", ".join(f"'{k}'" for k in kinds)
    return _MARK.format("IN" if among else "NOT IN", listed) + order


def last_among(tx: Tx, area: str, kinds: tuple[str, ...]) -> EventMark | None:
    """The area's latest recorded event of one of `kinds`."""
    return tx.get(EventMark, _sql(True, kinds, " ORDER BY id DESC LIMIT 1"), area=area)


def last_day_outside(tx: Tx, area: str, kinds: tuple[str, ...]) -> EventMark | None:
    """The area's event with the latest day among those not of `kinds` (an event from before
    days were kept has none, and sorts as its database sorts NULL)."""
    order = " ORDER BY on_day DESC, id DESC LIMIT 1"
    return tx.get(EventMark, _sql(False, kinds, order), area=area)


def last_undated_outside(tx: Tx, area: str, kinds: tuple[str, ...]) -> EventMark | None:
    """The area's latest event without a day, among those not of `kinds`."""
    order = " AND on_day IS NULL ORDER BY id DESC LIMIT 1"
    return tx.get(EventMark, _sql(False, kinds, order), area=area)


def last_reminders(tx: Tx) -> dict[str, str]:
    """The day each person was last sent a reminder."""
    rows = tx.tuples(
        "SELECT subject, max(on_day) FROM audit_event WHERE kind = 'reminder.sent' GROUP BY subject"
    )
    return {str(who): str(day) for who, day in rows}
