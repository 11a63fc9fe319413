"""The store's typed rows are the tables: one row type per table, its fields the table's
columns in their order, optional exactly where the column may be NULL."""

from __future__ import annotations

import pytest
from sqlmodel import SQLModel

import innovation.store.tables  # noqa: F401  (defines the tables)
from innovation.store import rows
from innovation.store.areas import AreaFactsRow, SummaryRow
from innovation.store.ideas import IdeaFacts


def _tables() -> list[str]:
    return sorted(t.name for t in SQLModel.metadata.sorted_tables)


def test_every_table_has_its_row() -> None:
    assert sorted(rows.TABLES) == _tables()


@pytest.mark.parametrize("name", _tables())
def test_a_row_has_the_tables_columns_in_order(name: str) -> None:
    table = SQLModel.metadata.tables[name]
    kind = rows.TABLES[name]
    assert kind._fields == tuple(c.name for c in table.columns)
    assert rows.table_of(kind) == name
    assert kind(*range(len(table.columns)))[-1] == len(table.columns) - 1


@pytest.mark.parametrize(
    ("wider", "row"), [(AreaFactsRow, rows.AreaRow), (IdeaFacts, rows.IdeaRow)]
)
def test_rows_with_counts_begin_with_the_tables_row(wider: type, row: type) -> None:
    n = len(row._fields)  # type: ignore[attr-defined]
    assert wider._fields[:n] == row._fields  # type: ignore[attr-defined]


def test_the_summary_reads_area_columns() -> None:
    area = set(rows.AreaRow._fields)
    assert set(SummaryRow._fields) - area == {"open_request"}


def test_rows_py_is_what_the_tables_make() -> None:
    """After a change to tables.py, `python -m innovation.store.scratch` writes rows.py anew."""
    from pathlib import Path

    from innovation.store import rows_source

    assert Path(rows.__file__).read_text(encoding="utf-8") == rows_source.source()
