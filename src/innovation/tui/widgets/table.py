"""A DataTable that shows text cells as written.

Textual's DataTable reads a plain string cell as Rich markup: an indicator's unit written as
"[/x]" would crash the screen, "[link=…]" would become a live link. Every text cell here is
a Text (data, never markup); what the database holds is made inert before it gets here.

And a row drawn between its adding and the columns' new widths kept its narrow drawing
(Textual 8 caches drawn cells by a counter that the width update does not move): the first
row of the history sometimes read "1  202  Mir" until the cursor moved. When the widths
change, the drawn rows are forgotten.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.text import Text
from textual.widgets import DataTable
from textual.widgets._data_table import CellType, ColumnKey, RowKey


def _plain(cell: Any) -> Any:
    return Text(cell) if isinstance(cell, str) else cell


class Table(DataTable[Any]):
    def _update_dimensions(self, new_rows: Iterable[RowKey]) -> None:
        widths = [c.get_render_width(self) for c in self.columns.values()]
        super()._update_dimensions(new_rows)
        if widths != [c.get_render_width(self) for c in self.columns.values()]:
            self._row_render_cache.clear()
            self._cell_render_cache.clear()
            self._line_cache.clear()
            self.refresh()

    def add_row(
        self,
        *cells: CellType,
        height: int | None = 1,
        key: str | None = None,
        label: Any = None,
    ) -> RowKey:
        return super().add_row(*(_plain(c) for c in cells), height=height, key=key, label=label)

    def update_cell(
        self,
        row_key: RowKey | str,
        column_key: ColumnKey | str,
        value: CellType,
        *,
        update_width: bool = False,
    ) -> None:
        super().update_cell(row_key, column_key, _plain(value), update_width=update_width)
