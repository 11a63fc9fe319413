"""Reads of an area's hand-overs and its collaborations with partners."""

from __future__ import annotations

from datetime import date

from innovation.store.record import Record
from innovation.store.rows import CollaborationRow, HandoverRow, PartnerRow, Stamp
from innovation.store.sql import Tx, columns


def handovers(tx: Tx, area_id: int) -> list[HandoverRow]:
    """An area's hand-overs, newest first."""
    return tx.fetch(
        HandoverRow,
        f"SELECT {columns(HandoverRow)} FROM handover WHERE area_id = :a ORDER BY id DESC",
        a=area_id,
    )


class CollaborationWith(Record):
    """A collaboration and the partner's name and kind."""

    collaboration: CollaborationRow
    name: str
    kind: str


_N = len(CollaborationRow._fields)
_COLLABORATIONS = (
    f"SELECT {columns(CollaborationRow, 'c')}, p.name, p.kind"
    " FROM collaboration c JOIN partner p ON p.id = c.partner_id"
)


def _with(*values: object) -> CollaborationWith:
    return CollaborationWith(CollaborationRow(*values[:_N]), *values[_N:])  # type: ignore[arg-type]


def collaborations(tx: Tx, area_id: int | None = None) -> list[CollaborationWith]:
    """Collaborations (one area's, or all), oldest first."""
    where = " WHERE c.area_id = :a" if area_id is not None else ""
    return tx.fetch(_with, f"{_COLLABORATIONS}{where} ORDER BY c.since, c.id", a=area_id)


def collaborations_during(tx: Tx, since: date, until: date) -> list[CollaborationWith]:
    """Collaborations under way at some time in [since, until), by id."""
    return tx.fetch(
        _with,
        f"{_COLLABORATIONS} WHERE c.since < :until AND (c.until IS NULL OR c.until >= :since)"
        " ORDER BY c.id",
        since=since,
        until=until,
    )


_PARTNER = f"SELECT {columns(PartnerRow)} FROM partner"


def partner(tx: Tx, partner_id: int) -> PartnerRow | None:
    return tx.get(PartnerRow, _PARTNER + " WHERE id = :id", id=partner_id)


def partner_named(tx: Tx, name: str) -> PartnerRow | None:
    """The partner of that name, whatever its letters' case."""
    return tx.get(PartnerRow, _PARTNER + " WHERE lower(name) = lower(:n)", n=name)


class PartnerLinks(Record):
    partner: PartnerRow
    links: int


def partners_with_links(tx: Tx) -> list[PartnerLinks]:
    """Every partner by name, with how many collaborations it has had."""
    rows = tx.tuples(
        f"SELECT {columns(PartnerRow, 'p')}, (SELECT count(*) FROM collaboration c"
        " WHERE c.partner_id = p.id) FROM partner p ORDER BY p.name"
    )
    return [PartnerLinks(PartnerRow(*r[:-1]), int(r[-1])) for r in rows]


def collaboration(tx: Tx, collaboration_id: int) -> CollaborationRow | None:
    return tx.get(
        CollaborationRow,
        f"SELECT {columns(CollaborationRow)} FROM collaboration WHERE id = :id",
        id=collaboration_id,
    )


def end_collaboration(tx: Tx, collaboration_id: int, until: date) -> None:
    tx.run("UPDATE collaboration SET until = :u WHERE id = :id", u=until, id=collaboration_id)


def last_handover_from(tx: Tx, area_id: int, outgoing: str) -> HandoverRow | None:
    """The latest hand-over of the area by this person."""
    return tx.get(
        HandoverRow,
        f"SELECT {columns(HandoverRow)} FROM handover WHERE area_id = :a AND outgoing = :u"
        " ORDER BY id DESC",
        a=area_id,
        u=outgoing,
    )


def leave_note(tx: Tx, handover_id: int, note: str, at: Stamp) -> None:
    tx.run(
        "UPDATE handover SET note = :n, note_at = :at WHERE id = :id", n=note, at=at, id=handover_id
    )


def unread_notes(tx: Tx, area_id: int, incoming: str) -> list[int]:
    """The hand-overs of the area whose note this person has not read, oldest first."""
    rows = tx.tuples(
        "SELECT id FROM handover WHERE area_id = :a AND incoming = :u"
        " AND note IS NOT NULL AND seen_at IS NULL ORDER BY id",
        a=area_id,
        u=incoming,
    )
    return [int(r[0]) for r in rows]


def mark_seen(tx: Tx, handover_id: int, at: Stamp) -> None:
    tx.run("UPDATE handover SET seen_at = :at WHERE id = :id", at=at, id=handover_id)
