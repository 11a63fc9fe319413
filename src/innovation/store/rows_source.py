"""The text of store/rows.py, made from the tables: `python -m innovation.store.scratch` writes
it with the scratch schema after a change to tables.py, and a test keeps the two equal."""

from __future__ import annotations

_HEAD = '''"""One typed row per table, its fields the table's columns in their order: what the
store's reads return instead of rows read by name. Written by `python -m
innovation.store.scratch` from the tables (tables.py); tests/unit/test_rows.py keeps the two
equal.

A moment or a day comes back as the database gives it: text from SQLite, a datetime or date
from PostgreSQL; timeutil's as_utc and local_date read both.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TypeAlias

from innovation.store.record import Record

Stamp: TypeAlias = datetime | str
Day: TypeAlias = date | str
'''
_TYPES = {"INTEGER": "int", "FLOAT": "float", "DATETIME": "Stamp", "DATE": "Day"}


def class_name(table: str) -> str:
    return "".join(part.title() for part in table.split("_")) + "Row"


def source() -> str:
    """rows.py as it should read for the tables as they are."""
    from sqlmodel import SQLModel

    import innovation.store.tables  # noqa: F401  (defines the tables)

    tables = sorted(SQLModel.metadata.sorted_tables, key=lambda t: t.name)
    parts = [_HEAD]
    for table in tables:
        lines = [f"\n\nclass {class_name(table.name)}(Record):"]
        lines.append(f'    """A row of {table.name}."""\n')
        for column in table.columns:
            kind = _TYPES.get(str(column.type).split("(")[0], "str")
            lines.append(f"    {column.name}: {kind}{' | None' if column.nullable else ''}")
        parts.append("\n".join(lines) + "\n")
    parts.append("\n\nTABLES: dict[str, type[Record]] = {\n")
    parts.extend(f'    "{t.name}": {class_name(t.name)},\n' for t in tables)
    parts.append("}\n")
    parts.append("_TABLE_OF = {kind: table for table, kind in TABLES.items()}\n\n\n")
    parts.append("def table_of(kind: type[Record]) -> str:\n")
    parts.append('    """The table a row type reads."""\n    return _TABLE_OF[kind]\n')
    return "".join(parts)
