"""Export: every event with its hash, as JSON Lines or CSV (docs/audit.md has the format)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import Any, TextIO

from innovation.audit.chain import parse_doc
from innovation.store import trail
from innovation.store.sql import Tx
from innovation.text import inert, json_safe, spreadsheet_safe

FIELDS = (
    "id",
    "at",
    "actor",
    "kind",
    "area",
    "subject",
    "before",
    "after",
    "reason",
    "prev_hash",
    "hash",
    # Added later: the day it happened (null for events recorded before it was kept, whose day
    # is the day of `at`, in the workspace's time zone).
    "on",
)


def rows(
    tx: Tx, where: list[str] | None = None, params: dict[str, Any] | None = None
) -> Iterator[dict[str, Any]]:
    """The events the conditions match, oldest first, read from their hashed documents."""
    for doc, digest in trail.documents_hashes(tx, where, params):
        # What is exported is read from the hashed document, never from the derived columns.
        e = parse_doc(doc)
        yield {
            "id": e["id"],
            "at": e["at"],
            "actor": e["actor"],
            "kind": e["kind"],
            "area": e["area"],
            "subject": e["subject"],
            "before": e["before"],
            "after": e["after"],
            "reason": e["reason"],
            "prev_hash": e["prev_hash"],
            "hash": digest,
            "on": e["on"],
        }


def write_jsonl(events: Iterator[dict[str, Any]], out: TextIO) -> int:
    count = 0
    for e in events:
        line = {**e, "before": json.loads(e["before"]), "after": json.loads(e["after"])}
        # Exactly the hashed values (a reader can check each line's hash), written inert.
        out.write(json_safe(json.dumps(line, ensure_ascii=False, separators=(",", ":"))) + "\n")
        count += 1
    return count


def write_csv(events: Iterator[dict[str, Any]], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for e in events:
        # A spreadsheet or a terminal shows what was written, and runs none of it.
        writer.writerow(
            {
                k: spreadsheet_safe(inert(v, multiline=True)) if isinstance(v, str) else v
                for k, v in e.items()
            }
        )
        count += 1
    return count
