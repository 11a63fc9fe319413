"""Reads of the audit trail's table that the service's rules need: the latest events of an
area among some kinds (the chain itself is written and read by innovation.audit)."""

from __future__ import annotations

from functools import cache
from typing import Any

from innovation.store.record import Record
from innovation.store.rows import AuditEventRow
from innovation.store.sql import Tx, columns


class EventMark(Record):
    """An event as the rules about days see it: which it is, and when it happened."""

    id: int
    kind: str
    on_day: str | None
    at: str


_MARK = "SELECT id, kind, on_day, at FROM audit_event WHERE area = :area AND "


@cache
def _sql(among: bool, kinds: tuple[str, ...], order: str) -> str:
    if among:
        return _MARK + "kind IN (" + ", ".join(f"'{k}'" for k in kinds) + ")" + order
    # Not NOT IN: SQLite builds a table of the list on every run of the statement (5 µs of a
    # move's 12 µs read); kind is never NULL, so the two say the same.
    return _MARK + "(" + " AND ".join(f"kind <> '{k}'" for k in kinds) + ")" + order


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


class Filter:
    """Which events the history shows: of an area (its key), by a person, of a kind (or a
    prefix such as "request"), recorded from `since` and before `until` (ISO moments)."""

    __slots__ = ("area", "actor", "kind", "since", "until")

    def __init__(
        self,
        *,
        area: str | None = None,
        actor: str | None = None,
        kind: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> None:
        self.area, self.actor, self.kind = area, actor, kind
        self.since, self.until = since, until

    def sql(self) -> tuple[list[str], dict[str, Any]]:
        """The filter as SQL conditions and their parameters."""
        where: list[str] = []
        params: dict[str, Any] = {}
        if self.area is not None:
            where.append("area = :area")
            params["area"] = self.area
        if self.actor is not None:
            where.append("actor = :person")
            params["person"] = self.actor
        if self.kind is not None:
            where.append("(kind = :kind OR kind LIKE :kind_prefix)")
            params["kind"] = self.kind
            params["kind_prefix"] = f"{self.kind}.%"
        if self.since is not None:
            where.append("at >= :since")
            params["since"] = self.since
        if self.until is not None:
            where.append("at < :until")
            params["until"] = self.until
        return where, params


def events(
    tx: Tx,
    which: Filter,
    *,
    after_id: int | None = None,
    before_id: int | None = None,
    limit: int | None = None,
    newest_first: bool = False,
) -> list[AuditEventRow]:
    """The events the filter matches, by id; paged by key (after or before an id seen), so a
    page costs the same at the end of a long trail as at its start."""
    where, params = which.sql()
    if after_id is not None:
        where.append("id > :after_id")
        params["after_id"] = after_id
    if before_id is not None:
        where.append("id < :before_id")
        params["before_id"] = before_id
    sql = f"SELECT {columns(AuditEventRow)} FROM audit_event"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id DESC" if newest_first else " ORDER BY id"
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return tx.fetch(AuditEventRow, sql, **params)


def annotations_of(tx: Tx, subjects: list[str]) -> list[AuditEventRow]:
    """The annotations of these events (their subjects, #id), oldest first."""
    marks = ", ".join(f":s{n}" for n in range(len(subjects)))
    return tx.fetch(
        AuditEventRow,
        f"SELECT {columns(AuditEventRow)} FROM audit_event WHERE kind = 'annotation'"
        f" AND subject IN ({marks}) ORDER BY id",
        **{f"s{n}": s for n, s in enumerate(subjects)},
    )


def event(tx: Tx, event_id: int) -> AuditEventRow | None:
    return tx.get(
        AuditEventRow,
        f"SELECT {columns(AuditEventRow)} FROM audit_event WHERE id = :id",
        id=event_id,
    )


LAST_ID = "SELECT coalesce(max(id), 0) FROM audit_event"


def last_id(tx: Tx) -> int:
    """The newest event's id (0: none yet)."""
    return int(tx.value(LAST_ID))


def of_kinds(tx: Tx, kinds: tuple[str, ...]) -> list[AuditEventRow]:
    """Every event of these kinds, oldest first."""
    listed = ", ".join(f"'{k}'" for k in kinds)
    return tx.fetch(
        AuditEventRow,
        f"SELECT {columns(AuditEventRow)} FROM audit_event WHERE kind IN ({listed}) ORDER BY id",
    )
