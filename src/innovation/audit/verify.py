"""Walking the chain: the first broken link, said precisely, and the head to keep elsewhere."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from innovation.audit.chain import GENESIS, canonical
from innovation.domain import Invalid
from innovation.store.sql import Tx
from innovation.timeutil import iso

# SQLite builds each event's canonical bytes itself (json_array escapes exactly as Python's
# encoder does; a property test holds them to it), so verifying costs little more than hashing.
_SQLITE_CANONICAL = """
SELECT id, hash, prev_hash,
  json_array(id, replace(at, ' ', 'T') || 'Z', actor, kind, area, subject, before, after,
             reason, prev_hash)
FROM audit_event ORDER BY id
"""


@dataclass(frozen=True, slots=True)
class Break:
    event: int
    key: str
    params: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Report:
    count: int
    head: str
    broken: Break | None
    expected_ok: bool | None = None
    expected_problem: Break | None = None

    @property
    def ok(self) -> bool:
        return self.broken is None and self.expected_ok is not False


def _rows(tx: Tx) -> Iterator[tuple[int, str, str, bytes]]:
    if tx.sqlite:
        cursor = tx.raw.execute(_SQLITE_CANONICAL)
        for row in cursor:
            yield row[0], row[1], row[2], row[3].encode("utf-8")
        return
    cur = tx.raw.cursor()  # pragma: no cover - PostgreSQL arrives with its own suite
    cur.execute("SELECT * FROM audit_event ORDER BY id")
    for r in cur:
        yield (
            r["id"],
            r["hash"],
            r["prev_hash"],
            canonical(
                id=r["id"],
                at=iso(r["at"]),
                actor=r["actor"],
                kind=r["kind"],
                area=r["area"],
                subject=r["subject"],
                before=r["before"],
                after=r["after"],
                reason=r["reason"],
                prev=r["prev_hash"],
            ),
        )


def parse_head(value: str) -> tuple[int, str]:
    count, _, digest = value.strip().partition(":")
    if not count.isdigit() or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise Invalid("error.bad_head", value=value)
    return int(count), digest


def verify(
    tx: Tx, *, expect: tuple[int, str] | None = None, progress: Callable[[int], None] | None = None
) -> Report:
    """Walks every event in order; stops at the first broken link."""
    sha256 = hashlib.sha256
    want_id, want_prev = 1, GENESIS
    hashes_at: dict[int, str] = {}
    broken: Break | None = None
    for event_id, stored, prev, data in _rows(tx):
        if event_id != want_id:
            if event_id > want_id:
                broken = Break(
                    want_id,
                    "audit.missing",
                    {
                        "first": want_id,
                        "last": event_id - 1,
                        "first_before": want_id - 1,
                        "after": event_id,
                    },
                )
            else:  # pragma: no cover - ids are a primary key, so they never repeat
                broken = Break(event_id, "audit.order", {"event": event_id})
            break
        if prev != want_prev:
            broken = Break(event_id, "audit.prev", {"event": event_id, "before": event_id - 1})
            break
        if sha256(data).hexdigest() != stored:
            broken = Break(event_id, "audit.changed", {"event": event_id})
            break
        if expect is not None and event_id == expect[0]:
            hashes_at[event_id] = stored
        want_id, want_prev = event_id + 1, stored
        if progress is not None and event_id % 10_000 == 0:
            progress(event_id)
    count = want_id - 1
    report = Report(count, want_prev, broken)
    if expect is None:
        return report
    kept_count, kept_hash = expect
    if broken is not None and broken.event <= kept_count:
        return Report(count, want_prev, broken, expected_ok=False)
    if count < kept_count:
        problem = Break(count + 1, "audit.truncated", {"count": count, "kept": kept_count})
        return Report(count, want_prev, broken, False, problem)
    if hashes_at.get(kept_count) != kept_hash:
        problem = Break(
            kept_count,
            "audit.head_differs",
            {"event": kept_count, "found": hashes_at.get(kept_count), "kept": kept_hash},
        )
        return Report(count, want_prev, broken, False, problem)
    return Report(count, want_prev, broken, True)


def head(tx: Tx) -> tuple[int, str]:
    row = tx.one("SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1")
    return (row["id"], row["hash"]) if row else (0, GENESIS)
