"""The audit trail's storage: where each database keeps the chain, takes its turn to append,
tells listeners, and hands its documents to the walk that verifies them. The chain's rules
(documents, hashes, links) are innovation.audit's; only how they are kept lives here."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from innovation.store.record import Record
from innovation.store.sql import Tx

# One writer appends at a time: SQLite's write lock already does this; on PostgreSQL a
# transaction-scoped advisory lock does (two sessions would otherwise both read the same last
# link and write competing events).
CHAIN_LOCK = 0x6175646974  # "audit"
# Delivered at commit to every open UI that listens (store/live.py).
CHANGES_CHANNEL = "innovation_changes"
_DOCS = "SELECT id, CAST(doc AS BLOB), hash FROM audit_event WHERE id BETWEEN ? AND ? ORDER BY id"


class Link(Record):
    """An event as the chain sees it: its number and its hash."""

    id: int
    hash: str


def take_turn(tx: Tx) -> None:
    """Holds the chain for this transaction, so that appends come one after another."""
    if not tx.sqlite:
        tx.value("SELECT pg_advisory_xact_lock(:k)", k=CHAIN_LOCK)


def last_link(tx: Tx) -> Link | None:
    """The newest event's number and hash."""
    return tx.get(Link, "SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1")


def put(tx: Tx, event_id: int, doc: str, digest: str) -> None:
    """Stores an event (the database derives its other columns from the document) and tells
    the listening UIs when the transaction commits."""
    tx.run(
        "INSERT INTO audit_event (id, doc, hash) VALUES (:id, :doc, :hash)",
        id=event_id,
        doc=doc,
        hash=digest,
    )
    if not tx.sqlite:
        tx.value("SELECT pg_notify(:channel, :id)", channel=CHANGES_CHANNEL, id=str(event_id))


def id_range(tx: Tx) -> tuple[int | None, int]:
    """The lowest event number (None: no events) and the highest (0: none)."""
    low, high = tx.tuples("SELECT min(id), max(id) FROM audit_event")[0]
    return (None if low is None else int(low)), int(high or 0)


def documents(tx: Tx, lo: int, hi: int) -> Iterator[tuple[int, bytes, str]]:
    """Events lo..hi in order: number, document as stored (bytes), hash."""
    if tx.sqlite:
        yield from tx.raw.execute(_DOCS, (lo, hi))
        return
    for event_id, doc, digest in tx.tuples(
        "SELECT id, doc, hash FROM audit_event WHERE id BETWEEN :lo AND :hi ORDER BY id",
        lo=lo,
        hi=hi,
    ):
        yield int(event_id), str(doc).encode("utf-8"), str(digest)


def file_documents(path: str, lo: int, hi: int) -> Iterator[tuple[int, bytes, str]]:
    """As documents(), read from a SQLite file on a connection of its own (read-only), for a
    walk in another process."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        yield from con.execute(_DOCS, (lo, hi))
    finally:
        con.close()


def generated_columns(tx: Tx) -> set[str]:
    """The trail's columns the database derives (generated columns)."""
    if tx.sqlite:
        # hidden: 2 = a virtual generated column, 3 = a stored one.
        info = tx.raw.execute("PRAGMA table_xinfo(audit_event)").fetchall()
        return {str(row[1]) for row in info if row[6] in (2, 3)}
    rows = tx.tuples(
        "SELECT column_name FROM information_schema.columns WHERE table_name ="
        " 'audit_event' AND table_schema = current_schema() AND is_generated = 'ALWAYS'"
    )
    return {str(r[0]) for r in rows}


def documents_hashes(
    tx: Tx, where: list[str] | None = None, params: dict[str, object] | None = None
) -> Iterator[tuple[str, str]]:
    """The document and hash of every event (or of those the conditions match, as from
    store/events.Filter.sql), in order; streamed from SQLite, a trail can be long."""
    sql = "SELECT doc, hash FROM audit_event"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id"
    if tx.sqlite:
        cursor = tx.raw.cursor()
        cursor.row_factory = None
        yield from cursor.execute(sql, tx._params(dict(params or {})))
        return
    for doc, digest in tx.tuples(sql, **(params or {})):
        yield str(doc), str(digest)
