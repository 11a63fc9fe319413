"""A long, valid audit trail written straight into a workspace, for the benchmarks.

Deterministic for a seed. The events are shaped like the program's own (the same kinds,
before/after values and reasons), chained with the program's canonical form and hash; with
`tables`, the rows those events stand for (phase stays, tests, lessons) are collected too, so a
workspace built from them reads the same from its tables as from its trail.
"""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from innovation.audit.chain import GENESIS, document, dump
from innovation.store.database import Database
from innovation.timeutil import local_date

KINDS = ["activity.add", "lesson.add", "test.add", "scope.set", "move", "request.file"]
PHASES = ["nulage", "avgransning", "nylage", "test"]
WORDS = "nuläge invånare medarbetare trygghet återbruk fritidsgård test lärdom samverkan".split()


def generate(
    path: Path,
    events: int,
    *,
    areas: int = 3200,
    seed: int = 1,
    tables: dict[str, list[tuple[object, ...]]] | None = None,
) -> list[bytes]:
    """Writes `events` chained events into a new workspace at `path`; returns their bytes and
    fills `tables` (if given) with the rows they stand for, by table name."""
    rng = random.Random(seed)
    phase = [0] * (areas + 1)
    db = Database(str(path), synchronous="OFF")
    db.migrate()
    raw = db.engine.raw_connection()
    start = datetime(2023, 1, 1, tzinfo=UTC)
    prev = GENESIS
    blobs: list[bytes] = []
    batch: list[tuple[object, ...]] = []
    cur = raw.cursor()
    for i in range(1, events + 1):
        at = start + timedelta(seconds=i * 30)
        at_text = at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        kind = rng.choice(KINDS)
        area_id = rng.randint(1, areas)
        area = f"O{area_id}"
        text = " ".join(rng.choices(WORDS, k=8))
        before = "{}"
        subject = None
        if kind == "move":
            source, phase[area_id] = phase[area_id], (phase[area_id] + 1) % len(PHASES)
            before = dump({"phase": PHASES[source], "cycle": 1})
            after = dump({"phase": PHASES[phase[area_id]], "cycle": 1})
            if tables is not None:
                tables.setdefault("phase_stay", []).append(
                    (area_id, PHASES[phase[area_id]], at.strftime("%Y-%m-%d %H:%M:%S.%f"))
                )
        elif kind == "test.add":
            subject = f"T{len(tables.get('trial', [])) + 1 if tables is not None else i}"
            after = dump({"cycle": 1, "hypothesis": text})
            if tables is not None:
                tables.setdefault("trial", []).append(
                    (area_id, text, at.strftime("%Y-%m-%d %H:%M:%S.%f"))
                )
        elif kind == "lesson.add":
            after = dump({"cycle": 1, "text": text})
            if tables is not None:
                tables.setdefault("lesson", []).append(
                    (area_id, text, at.strftime("%Y-%m-%d %H:%M:%S.%f"))
                )
        else:
            after = dump({"cycle": 1, "text": text})
        reason = " ".join(rng.choices(WORDS, k=6)) if kind in ("move", "request.file") else None
        doc = document(
            id=i,
            at=at_text,
            actor="lea",
            kind=kind,
            area=area,
            subject=subject,
            before=before,
            after=after,
            reason=reason,
            on=local_date(at).isoformat(),
            prev=prev,
        )
        data = doc.encode("utf-8")
        digest = hashlib.sha256(data).hexdigest()
        blobs.append(data)
        batch.append((i, doc, digest))
        prev = digest
        if len(batch) == 50_000:
            cur.executemany("INSERT INTO audit_event (id, doc, hash) VALUES (?,?,?)", batch)
            raw.commit()
            batch.clear()
    if batch:
        cur.executemany("INSERT INTO audit_event (id, doc, hash) VALUES (?,?,?)", batch)
        raw.commit()
    raw.close()
    db.close()
    return blobs
