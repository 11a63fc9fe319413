"""Transactions on the driver's own connection: SQL text, named parameters, plain rows.

The service's commands run a handful of statements each; going through the driver directly
instead of SQLAlchemy's execution layer keeps an audited command within a small factor of
what raw sqlite3 needs for the same writes (see bench/). The tables are still defined once,
in tables.py, and migrated by Alembic.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from typing import Any, Protocol, TypeVar

from innovation.store.record import Record
from innovation.timeutil import as_utc

_NAMED = re.compile(r"(?<![:\w]):([a-z_][a-z0-9_]*)")


T = TypeVar("T")


class Row(Protocol):
    def __getitem__(self, key: str, /) -> Any: ...


@cache
def columns(kind: type[Record], alias: str = "") -> str:
    """A typed row's fields as a SELECT list (`a.id, a.question, …`): the order of the
    columns is the order of the row's fields, whatever order the table has them in."""
    prefix = f"{alias}." if alias else ""
    return ", ".join(prefix + name for name in kind._fields)


@cache
def _pyformat(sql: str) -> str:
    """:name → %(name)s for psycopg; literal % signs are doubled first."""
    return _NAMED.sub(r"%(\1)s", sql.replace("%", "%%"))


class Tx:
    """One open transaction; the Database begins and ends it."""

    def __init__(self, raw: Any, dialect: str, *, write: bool = False) -> None:
        self.raw = raw
        self.dialect = dialect
        self.sqlite = dialect == "sqlite"
        self.write = write
        # Work that belongs to this transaction but must see all of it first (a closed
        # period's report made anew after an amendment): run in order just before COMMIT.
        self.before_commit: dict[str, Callable[[], None]] = {}
        # One cursor for the single-row reads of a command (sqlite3: a new one per read costs
        # as much as some of the reads).
        self._tuple_cursor: Any = None

    def finish_reads(self) -> None:
        """Ends the statement of the last single-row read before COMMIT or ROLLBACK: on
        SQLite a SELECT left with rows unread keeps its read snapshot open after them, so the
        connection's next transaction would read the past (and a write be refused as busy)."""
        if self._tuple_cursor is not None:
            self._tuple_cursor.close()
            self._tuple_cursor = None

    def lock(self, table: str, row_id: int) -> None:
        """On PostgreSQL, holds a row until the transaction ends, so that two commands on the
        same area or request take turns; SQLite's write lock already serialises writers."""
        if self.write and not self.sqlite:
            self._execute(f"SELECT id FROM {table} WHERE id = :id FOR UPDATE", {"id": row_id})

    def _params(self, params: dict[str, Any]) -> dict[str, Any]:
        if not self.sqlite:
            return params
        for name, value in params.items():
            if isinstance(value, datetime):
                # SQLAlchemy's storage format for DateTime on SQLite (strftime's
                # "%Y-%m-%d %H:%M:%S.%f", in a third of its time), so both read each other's rows.
                params[name] = as_utc(value).replace(tzinfo=None).isoformat(" ", "microseconds")
            elif isinstance(value, date):
                params[name] = value.isoformat()
        return params

    def _execute(self, sql: str, params: dict[str, Any]) -> Any:
        if self.sqlite:
            return self.raw.execute(sql, self._params(params))
        cur = self.raw.cursor()
        cur.execute(_pyformat(sql), params)
        return cur

    def one(self, sql: str, **params: Any) -> Row | None:
        row: Row | None = self._execute(sql, params).fetchone()
        return row

    def all(self, sql: str, **params: Any) -> list[Row]:
        rows: list[Row] = self._execute(sql, params).fetchall()
        return rows

    def tuples(self, sql: str, **params: Any) -> list[tuple[Any, ...]]:
        """Rows as plain tuples, in the order of the SELECT: for bulk reads, where building a
        named row per result costs more than the query."""
        if self.sqlite:
            cur = self.raw.cursor()
            cur.row_factory = None
            return list(cur.execute(sql, self._params(params)).fetchall())
        from psycopg.rows import tuple_row

        cur = self.raw.cursor(row_factory=tuple_row)
        cur.execute(_pyformat(sql), params)
        return list(cur.fetchall())

    def get(self, kind: Callable[..., T], sql: str, /, **params: Any) -> T | None:
        """The first row as a typed row (`kind` built from the SELECT's values in order)."""
        if self.sqlite:
            cur = self._tuple_cursor
            if cur is None:
                cur = self._tuple_cursor = self.raw.cursor()
                cur.row_factory = None
            found = cur.execute(sql, self._params(params)).fetchone()
        else:
            from psycopg.rows import tuple_row

            cur = self.raw.cursor(row_factory=tuple_row)
            cur.execute(_pyformat(sql), params)
            found = cur.fetchone()
        return None if found is None else kind(*found)

    def fetch(self, kind: Callable[..., T], sql: str, /, **params: Any) -> list[T]:
        """Every row as a typed row (`kind` built from the SELECT's values in order)."""
        rows = self.tuples(sql, **params)
        if isinstance(kind, type) and issubclass(kind, Record) and rows:
            # A Record is the driver's tuple under its row type's name: made directly, once
            # the first row shows that the SELECT has the row's fields.
            if len(rows[0]) != len(kind._fields):
                kind(*rows[0])  # raises, naming the row type and both counts
            new = tuple.__new__
            return [new(kind, found) for found in rows]  # type: ignore[misc]
        return [kind(*found) for found in rows]

    def value(self, sql: str, **params: Any) -> Any:
        row = self._execute(sql, params).fetchone()
        if row is None:
            return None
        # sqlite3.Row answers to a position; psycopg's dict rows only to names.
        return row[0] if self.sqlite else next(iter(row.values()))

    def run(self, sql: str, **params: Any) -> int:
        """Executes a statement and returns how many rows it changed."""
        count: int = self._execute(sql, params).rowcount
        return count

    def insert(self, sql: str, **params: Any) -> int:
        """Executes an INSERT and returns the new row's id."""
        if self.sqlite:
            new_id: int = self._execute(sql, params).lastrowid
            return new_id
        row = self._execute(sql + " RETURNING id", params).fetchone()
        return int(row["id"])
