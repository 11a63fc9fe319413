"""Walking the chain: the first broken link, said precisely, and the head to keep elsewhere."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterable
from typing import Any

from innovation.audit.chain import GENESIS
from innovation.domain import Invalid
from innovation.plain import Plain
from innovation.store import trail
from innovation.store.sql import Tx

# The stored document is the event: hashing it is the whole check of its content. SQLite
# hands it over as bytes, ready to hash.
# A long trail is walked in two halves at once, one per core; the halves are joined by
# checking that the second one's first link points at the first one's last hash.
PARALLEL_FROM = 200_000


class Break(Plain, frozen=True):
    event: int
    key: str
    params: dict[str, Any]


class Report(Plain, frozen=True):
    count: int
    head: str
    broken: Break | None
    expected_ok: bool | None = None
    expected_problem: Break | None = None

    @property
    def ok(self) -> bool:
        return self.broken is None and self.expected_ok is not False


class Walk(Plain, frozen=True):
    """What walking one stretch of the chain found."""

    first_id: int | None
    first_prev: str | None
    next_id: int
    last_hash: str
    broken: Break | None
    kept: str | None = None


def _walk(rows: Iterable[tuple[int, bytes, str]], kept_id: int | None) -> Walk:
    """Checks each event's content and its link to the one before, within the stretch.

    The first event's own link is left to the caller, who knows what came before it.
    """
    sha256 = hashlib.sha256
    first_id: int | None = None
    first_prev: str | None = None
    want_id, want_prev = 0, b""
    kept: str | None = None
    last = ""
    for event_id, doc, stored in rows:
        # The previous hash is the document's last element: `…,"<64 hex>"]`.
        prev = doc[-66:-2]
        if first_id is None:
            first_id, first_prev = event_id, prev.decode("ascii", "replace")
            want_id, want_prev = event_id, prev
        if event_id != want_id:
            gap = {
                "first": want_id,
                "last": event_id - 1,
                "first_before": want_id - 1,
                "after": event_id,
            }
            return Walk(
                first_id, first_prev, want_id, last, Break(want_id, "audit.missing", gap), kept
            )
        if prev != want_prev:
            problem = Break(event_id, "audit.prev", {"event": event_id, "before": event_id - 1})
            return Walk(first_id, first_prev, want_id, last, problem, kept)
        if not doc.startswith(b"[%d," % event_id):
            # The row's place in the chain must be the one its hashed document names.
            problem = Break(event_id, "audit.id_differs", {"event": event_id})
            return Walk(first_id, first_prev, want_id, last, problem, kept)
        if sha256(doc).hexdigest() != stored:
            problem = Break(event_id, "audit.changed", {"event": event_id})
            return Walk(first_id, first_prev, want_id, last, problem, kept)
        if event_id == kept_id:
            kept = stored
        want_id, want_prev, last = event_id + 1, stored.encode("ascii", "replace"), stored
    return Walk(first_id, first_prev, want_id, last, None, kept)


def _join(a: Walk, b: Walk) -> Walk:
    """Continues stretch a with stretch b, checking the link between them."""
    if a.broken is not None or b.first_id is None:
        return a
    if b.first_id != a.next_id:
        gap = {
            "first": a.next_id,
            "last": b.first_id - 1,
            "first_before": a.next_id - 1,
            "after": b.first_id,
        }
        return Walk(
            a.first_id,
            a.first_prev,
            a.next_id,
            a.last_hash,
            Break(a.next_id, "audit.missing", gap),
            a.kept,
        )
    if b.first_prev != a.last_hash:
        problem = Break(b.first_id, "audit.prev", {"event": b.first_id, "before": b.first_id - 1})
        return Walk(a.first_id, a.first_prev, a.next_id, a.last_hash, problem, a.kept)
    return Walk(a.first_id, a.first_prev, b.next_id, b.last_hash, b.broken, a.kept or b.kept)


def _walk_file(path: str, lo: int, hi: int, kept_id: int | None) -> Walk:
    """One half of a long trail, in a process of its own, on a read-only connection."""
    return _walk(trail.file_documents(path, lo, hi), kept_id)


def parse_head(value: str) -> tuple[int, str]:
    count, _, digest = value.strip().partition(":")
    if not count.isdigit() or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise Invalid("error.bad_head", value=value)
    return int(count), digest


def verify(
    tx: Tx,
    *,
    expect: tuple[int, str] | None = None,
    path: str | None = None,
    parallel_from: int = PARALLEL_FROM,
) -> Report:
    """Walks every event in order and reports the first broken link.

    Given the SQLite file's path, a long trail is walked in two processes at once.
    """
    kept_id = expect[0] if expect else None
    # Every row there is: ids below 1 are not part of any chain, and are named as such.
    low, top = trail.id_range(tx)
    if low is not None and low < 1:
        return Report(0, GENESIS, Break(low, "audit.bad_id", {"event": low}))
    derived = _not_derived(tx)
    if derived:
        return Report(0, GENESIS, Break(0, "audit.not_derived", {"columns": ", ".join(derived)}))
    start = Walk(None, None, 1, GENESIS, None)
    if path is not None and top >= parallel_from:
        middle = top // 2
        # Imported here: only a long trail is walked in two processes.
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # Fork is quick, but only safe without other threads (the UI verifies from a worker).
        method = "fork" if threading.active_count() == 1 else "spawn"
        context = multiprocessing.get_context(method)
        with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
            first = pool.submit(_walk_file, path, 1, middle, kept_id)
            second = pool.submit(_walk_file, path, middle + 1, top, kept_id)
            walked = _join(_join(start, first.result()), second.result())
    else:
        walked = _join(start, _walk(trail.documents(tx, 1, top), kept_id))
    count = walked.next_id - 1
    report = Report(count, walked.last_hash, walked.broken)
    if expect is None:
        return report
    kept_count, kept_hash = expect
    broken = walked.broken
    if broken is not None and broken.event <= kept_count:
        return Report(count, walked.last_hash, broken, expected_ok=False)
    if count < kept_count:
        problem = Break(count + 1, "audit.truncated", {"count": count, "kept": kept_count})
        return Report(count, walked.last_hash, broken, False, problem)
    if walked.kept != kept_hash:
        problem = Break(
            kept_count,
            "audit.head_differs",
            {"event": kept_count, "found": walked.kept, "kept": kept_hash},
        )
        return Report(count, walked.last_hash, broken, False, problem)
    return Report(count, walked.last_hash, broken, True)


# What a person is shown of an event is read from its document; these columns are derived from
# it by the database, and a table rebuilt with ordinary columns could make them say otherwise.
DERIVED = ("at", "actor", "kind", "area", "subject", "before", "after", "reason", "prev_hash")


def _not_derived(tx: Tx) -> list[str]:
    """The trail's columns that the database no longer derives from the hashed document."""
    generated = trail.generated_columns(tx)
    return [name for name in DERIVED if name not in generated]


def head(tx: Tx) -> tuple[int, str]:
    last = trail.last_link(tx)
    return (last.id, last.hash) if last else (0, GENESIS)
