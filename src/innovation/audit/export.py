"""Export: every event with its hash, as JSON Lines or CSV (docs/audit.md has the format)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date
from typing import Any, TextIO

from innovation.store.sql import Tx
from innovation.timeutil import iso

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
)


def rows(tx: Tx, *, area: str | None = None, since: date | None = None) -> Iterator[dict[str, Any]]:
    where: list[str] = []
    params: dict[str, Any] = {}
    if area is not None:
        where.append("area = :area")
        params["area"] = area
    if since is not None:
        where.append("at >= :since")
        params["since"] = since.isoformat() if tx.sqlite else since
    sql = "SELECT * FROM audit_event" + (" WHERE " + " AND ".join(where) if where else "")
    for r in tx.all(sql + " ORDER BY id", **params):
        yield {
            "id": r["id"],
            "at": iso(r["at"]),
            "actor": r["actor"],
            "kind": r["kind"],
            "area": r["area"],
            "subject": r["subject"],
            "before": r["before"],
            "after": r["after"],
            "reason": r["reason"],
            "prev_hash": r["prev_hash"],
            "hash": r["hash"],
        }


def write_jsonl(events: Iterator[dict[str, Any]], out: TextIO) -> int:
    count = 0
    for e in events:
        line = {**e, "before": json.loads(e["before"]), "after": json.loads(e["after"])}
        out.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n")
        count += 1
    return count


def write_csv(events: Iterator[dict[str, Any]], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for e in events:
        writer.writerow(e)
        count += 1
    return count
