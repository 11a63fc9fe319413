"""Reads and writes of requests and the delegations that decide them."""

from __future__ import annotations

from datetime import date

from innovation.store.record import Record
from innovation.store.rows import DelegationRow, RequestRow, Stamp
from innovation.store.sql import Tx, columns


def active_delegate(tx: Tx, area_id: int, today: date) -> str | None:
    """Who decides for the area's fadder today, if anyone."""
    found: str | None = tx.value(
        "SELECT delegate FROM delegation WHERE area_id = :a AND ended_at IS NULL"
        " AND until >= :today",
        a=area_id,
        today=today,
    )
    return found


_REQUEST = f"SELECT {columns(RequestRow)} FROM request WHERE id = :id"


def request(tx: Tx, request_id: int, *, lock: bool = False) -> RequestRow | None:
    """A request; with `lock`, a second decider waits here and then reads the decision."""
    if lock:
        tx.lock("request", request_id)
    return tx.get(RequestRow, _REQUEST, id=request_id)


def decide(
    tx: Tx,
    request_id: int,
    *,
    status: str,
    by: str,
    at: Stamp,
    comment: str | None,
    on_behalf_of: str | None = None,
    back_to: str | None = None,
) -> bool:
    """Closes an open request; False when it was no longer open."""
    done = tx.run(
        "UPDATE request SET status = :status, decided_by = :by, decided_at = :at,"
        " comment = :comment, on_behalf_of = :obo, back_to = :back"
        " WHERE id = :id AND status = 'open'",
        status=status,
        by=by,
        at=at,
        comment=comment,
        obo=on_behalf_of,
        back=back_to,
        id=request_id,
    )
    return done == 1


def delegated_by(tx: Tx, area_id: int, delegate: str, today: date) -> str | None:
    """The fadder for whom `delegate` decides on the area today, if anyone."""
    found: str | None = tx.value(
        "SELECT fadder FROM delegation WHERE area_id = :a AND delegate = :d"
        " AND ended_at IS NULL AND until >= :today",
        a=area_id,
        d=delegate,
        today=today,
    )
    return found


def delegation(tx: Tx, area_id: int, today: date) -> DelegationRow | None:
    """The area's delegation in force today."""
    return tx.get(
        DelegationRow,
        f"SELECT {columns(DelegationRow)} FROM delegation WHERE area_id = :a"
        " AND ended_at IS NULL AND until >= :today",
        a=area_id,
        today=today,
    )


class RequestOnArea(Record):
    """A request with what the inbox shows of its area: the question, the fadder, and the
    area's version now (newer than the request's: the area changed since it was filed)."""

    request: RequestRow
    question: str
    fadder: str
    area_now: int


_N = len(RequestRow._fields)
_REQUESTS = f"""
SELECT {columns(RequestRow, "r")}, a.question, a.fadder, a.version FROM request r
JOIN area a ON a.id = r.area_id
WHERE r.status = :status {{mine}} ORDER BY r.requested_at, r.id
"""
_DECIDER = """(a.fadder = :me OR EXISTS (
  SELECT 1 FROM delegation d WHERE d.area_id = a.id AND d.delegate = :me
  AND d.ended_at IS NULL AND d.until >= :today))"""
_MINE = f"AND (r.requested_by = :me OR {_DECIDER})"
# What I may decide: four eyes keep out what I filed and the areas I lead.
_DECIDING = (
    f"AND {_DECIDER} AND r.requested_by <> :me AND a.ledartroja1 <> :me AND a.ledartroja2 <> :me"
)


def _on_area(*values: object) -> RequestOnArea:
    return RequestOnArea(RequestRow(*values[:_N]), *values[_N:])  # type: ignore[arg-type]


def requests(
    tx: Tx, status: str, *, me: str | None = None, deciding: bool = False, today: date | None = None
) -> list[RequestOnArea]:
    """Requests in a status, oldest first: all, or (with `me`) those filed by me or waiting
    for my decision as fadder or delegate, or (with `deciding`) only those I may decide."""
    if me is None:
        return tx.fetch(_on_area, _REQUESTS.format(mine=""), status=status)
    sql = _REQUESTS.format(mine=_DECIDING if deciding else _MINE)
    return tx.fetch(_on_area, sql, status=status, me=me, today=today)


def open_request(tx: Tx, area_id: int) -> int | None:
    """The area's request waiting for a decision, if any."""
    found = tx.value(
        "SELECT min(id) FROM request WHERE area_id = :a AND status = 'open'", a=area_id
    )
    return None if found is None else int(found)
