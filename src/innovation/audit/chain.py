"""Append-only events, each hash-chained to the one before (docs/audit.md has the format).

Canonical form of an event, the document a row stores and the bytes that are hashed: the
UTF-8 JSON array
  [id, at, actor, kind, area, subject, before, after, reason, on, prev]
with no whitespace and non-ASCII characters as they are; "at" is when it was recorded,
YYYY-MM-DDTHH:MM:SS.ffffffZ in UTC (the clock, never chosen), "on" the day it happened,
YYYY-MM-DD in the workspace's time zone, "before" and "after" are the stored JSON texts (as
strings), absent values are null, and "prev" is the previous event's hash (64 zeros for the
first). hash = sha256, in hex. Events recorded before "on" was kept have ten elements (no "on");
they stay as they were hashed.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from innovation.plain import Plain
from innovation.store import trail
from innovation.store.sql import Tx
from innovation.timeutil import When, iso

GENESIS = "0" * 64


def dump(value: Any) -> str:
    """Canonical JSON text for before/after values."""
    return _DUMP(value)


# json.dumps with these options makes a new encoder on every call.
_DUMP = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def canonical(
    *,
    id: int,
    at: str,
    actor: str,
    kind: str,
    area: str | None,
    subject: str | None,
    before: str,
    after: str,
    reason: str | None,
    on: str | None,
    prev: str,
) -> bytes:
    return document(
        id=id,
        at=at,
        actor=actor,
        kind=kind,
        area=area,
        subject=subject,
        before=before,
        after=after,
        reason=reason,
        on=on,
        prev=prev,
    ).encode("utf-8")


def document(
    *,
    id: int,
    at: str,
    actor: str,
    kind: str,
    area: str | None,
    subject: str | None,
    before: str,
    after: str,
    reason: str | None,
    on: str | None,
    prev: str,
) -> str:
    """The canonical JSON array as text: what the event row stores and its hash covers (the
    ten-element form of earlier events when `on` is None)."""
    if on is None:
        return _ENCODER.encode([id, at, actor, kind, area, subject, before, after, reason, prev])
    return _ENCODER.encode([id, at, actor, kind, area, subject, before, after, reason, on, prev])


_NAMES = ("id", "at", "actor", "kind", "area", "subject", "before", "after", "reason")


def parse_doc(doc: str) -> dict[str, Any]:
    """An event's fields read from its hashed document, the only source of what is shown:
    before/after as the stored texts, `on` None for documents from before it was kept."""
    values = json.loads(doc)
    fields = dict(zip(_NAMES, values, strict=False))
    fields["on"] = values[9] if len(values) == 11 else None
    fields["prev_hash"] = values[-1]
    return fields


class Appended(Plain, frozen=True):
    id: int
    hash: str


def append(
    tx: Tx,
    when: When,
    *,
    actor: str,
    kind: str,
    area: str | None = None,
    subject: str | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    reason: str | None = None,
) -> Appended:
    """Appends one event inside the caller's write transaction (which holds the write lock),
    recorded at `when.at` and dated the day it happened, `when.day`."""
    trail.take_turn(tx)
    last = trail.last_link(tx)
    seq, prev = (last.id + 1, last.hash) if last else (1, GENESIS)
    before_text, after_text = dump(before or {}), dump(after or {})
    doc = document(
        id=seq,
        at=iso(when.at),
        actor=actor,
        kind=kind,
        area=area,
        subject=subject,
        before=before_text,
        after=after_text,
        reason=reason,
        on=when.day.isoformat(),
        prev=prev,
    )
    digest = hashlib.sha256(doc.encode("utf-8")).hexdigest()
    trail.put(tx, seq, doc, digest)
    return Appended(seq, digest)
