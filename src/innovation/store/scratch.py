"""A scratch database the trail is projected into, and the comparison of two databases' tables
row by row.

The scratch database is a SQLite file in a temporary directory, made from the tables' own
definitions (tables.py, which a test keeps equal to the migrations), whichever database the
trail came from; values are compared in one normal form, so a PostgreSQL workspace's tables are
compared with the SQLite scratch database exactly.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from innovation.store.database import Database
from innovation.store.sql import Tx
from innovation.timeutil import as_utc

# Tables the trail does not describe: the trail itself, and Alembic's note of the schema.
NOT_PROJECTED = ("audit_event", "alembic_version")
# Row ids shown as the keys people know them by.
KEY_PREFIX = {
    "area": "O",
    "request": "R",
    "trial": "T",
    "activity": "A",
    "lesson": "L",
    "indicator": "I",
    "idea": "F",
    "partner": "P",
    "collaboration": "C",
    "handover": "H",
}
# A stored report's document is not in the trail, only its hash: compared by that hash.
UNCOMPARED = {("report_revision", "doc")}


_TEMPLATE: dict[bool, bytes] = {}


def _empty(with_trail: bool) -> bytes:
    """An empty scratch database's file, made once per process from the tables' definitions."""
    if with_trail not in _TEMPLATE:
        from sqlalchemy import create_engine
        from sqlmodel import SQLModel

        import innovation.store.tables  # noqa: F401  (registers the tables)

        where = Path(tempfile.mkdtemp(prefix="innovation-scratch-"))
        path = where / "template.sqlite"
        engine = create_engine(f"sqlite:///{path}")
        tables = [
            t
            for t in SQLModel.metadata.sorted_tables
            if t.name not in NOT_PROJECTED or (with_trail and t.name == "audit_event")
        ]
        SQLModel.metadata.create_all(engine, tables=tables)
        engine.dispose()
        _TEMPLATE[with_trail] = path.read_bytes()
        shutil.rmtree(where, ignore_errors=True)
    return _TEMPLATE[with_trail]


def _copy_schema(source: Database, path: Path, with_trail: bool) -> None:
    """A SQLite workspace's own tables and indexes, empty (no SQLAlchemy to import)."""
    with source.read() as tx:
        statements = [
            r[0]
            for r in tx.tuples(
                "SELECT sql FROM sqlite_master WHERE type IN ('table', 'index')"
                " AND sql IS NOT NULL AND tbl_name NOT LIKE 'sqlite_%' ORDER BY rowid"
            )
            if with_trail or "audit_event" not in r[0].split("(")[0]
        ]
    con = sqlite3.connect(path)
    try:
        for statement in statements:
            if "alembic_version" not in statement.split("(")[0]:
                con.execute(statement)
        con.commit()
    finally:
        con.close()


class Scratch:
    """An empty database with every table, in a directory removed by close(); made like the
    source's own when that is a SQLite file, else from the tables' definitions."""

    def __init__(self, source: Database | None = None, *, with_trail: bool = False) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="innovation-scratch-"))
        self.path = self.dir / "scratch.sqlite"
        if source is not None and source.is_sqlite:
            _copy_schema(source, self.path, with_trail)
        else:
            self.path.write_bytes(_empty(with_trail))
        self.db = Database(str(self.path), synchronous="OFF", migrate=False, foreign_keys=False)

    def close(self) -> None:
        self.db.close()
        shutil.rmtree(self.dir, ignore_errors=True)


def table_columns(scratch: Tx) -> dict[str, list[tuple[str, str]]]:
    """Each projected table's columns with their kind (datetime, date, float, int, text), as
    the scratch database (always SQLite) declares them."""
    found: dict[str, list[tuple[str, str]]] = {}
    tables = scratch.tuples(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " ORDER BY name"
    )
    for (table,) in tables:
        if table in NOT_PROJECTED:
            continue
        columns = []
        for row in scratch.raw.execute(f"PRAGMA table_info({table})").fetchall():
            declared = str(row[2]).upper()
            kind = "text"
            if declared.startswith("DATETIME") or declared.startswith("TIMESTAMP"):
                kind = "datetime"
            elif declared.startswith("DATE"):
                kind = "date"
            elif declared.startswith(("FLOAT", "REAL", "DOUBLE")):
                kind = "float"
            elif declared.startswith(("INTEGER", "BIGINT", "SMALLINT")):
                kind = "int"
            columns.append((str(row[1]), kind))
        found[table] = columns
    return found


def _normal(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "datetime":
        return as_utc(value if isinstance(value, datetime) else str(value)).isoformat()
    if kind == "date":
        return value.isoformat() if isinstance(value, date) else str(value)[:10]
    if kind == "float":
        return float(value)
    if kind == "int":
        return int(value)
    if isinstance(value, Decimal):
        return float(value)
    return value


@dataclass(frozen=True, slots=True)
class Difference:
    """One way a table differs from what its trail says: a row only in the database
    ("extra"), only in the trail ("missing"), or a column that differs ("changed")."""

    table: str
    row: str
    how: str
    column: str | None = None
    database: Any = None
    trail: Any = None


# Rows without a key of their own are named by what people call them.
NAMED_BY = {"person": "username", "period": "key", "round": "name", "assignment": "title"}


def row_label(table: str, row_id: Any, row: dict[str, Any] | None = None) -> str:
    prefix = KEY_PREFIX.get(table)
    if prefix:
        return f"{prefix}{row_id}"
    name = (row or {}).get(NAMED_BY.get(table, ""))
    return f"{name!r} (#{row_id})" if name else f"#{row_id}"


def _rows(tx: Tx, table: str, columns: list[tuple[str, str]]) -> dict[Any, tuple[Any, ...]]:
    names = ", ".join(name for name, _ in columns)
    kinds = [kind for _, kind in columns]
    found: dict[Any, tuple[Any, ...]] = {}
    for raw in tx.tuples(f"SELECT {names} FROM {table} ORDER BY id"):
        row = tuple(_normal(v, k) for v, k in zip(raw, kinds, strict=True))
        found[row[0]] = row
    return found


def compare(database: Tx, trail: Tx) -> list[Difference]:
    """Every difference between the database's tables and the tables the trail gives."""
    differences: list[Difference] = []
    for table, columns in table_columns(trail).items():
        names = [name for name, _ in columns]
        ours, theirs = _rows(database, table, columns), _rows(trail, table, columns)
        for row_id in sorted(ours.keys() | theirs.keys()):
            label = row_label(
                table, row_id, dict(zip(names, ours.get(row_id) or theirs[row_id], strict=True))
            )
            if row_id not in theirs:
                differences.append(Difference(table, label, "extra"))
                continue
            if row_id not in ours:
                differences.append(Difference(table, label, "missing"))
                continue
            for name, a, b in zip(names, ours[row_id], theirs[row_id], strict=True):
                if (table, name) in UNCOMPARED or a == b:
                    continue
                if isinstance(a, float) and isinstance(b, float) and abs(a - b) < 1e-9:
                    continue
                differences.append(Difference(table, label, "changed", name, a, b))
    differences += _stored_reports(database)
    return differences


def _stored_reports(tx: Tx) -> list[Difference]:
    """A stored report whose document no longer matches the hash the trail holds for it."""
    found = []
    for row_id, doc, digest in tx.tuples("SELECT id, doc, hash FROM report_revision ORDER BY id"):
        if hashlib.sha256(str(doc).encode("utf-8")).hexdigest() != digest:
            found.append(Difference("report_revision", row_label("report_revision", row_id), "doc"))
    return found
