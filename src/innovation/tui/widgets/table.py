"""A DataTable that shows text cells as written, and draws a line of plain text quickly.

Textual's DataTable reads a plain string cell as Rich markup: an indicator's unit written as
"[/x]" would crash the screen, "[link=…]" would become a live link. Every text cell here is
a Text (data, never markup); what the database holds is made inert before it gets here.

A row drawn between its adding and the columns' new widths kept its narrow drawing (Textual 8
caches drawn cells by a counter that the width update does not move): the first row of the
history sometimes read "1  202  Mir" until the cursor moved. When the widths change, the drawn
rows are forgotten.

DataTable draws every cell through Rich's whole layout (padding, wrapping, cropping, a console
render), and a cursor move draws every row in view again: paging the national history drew some
200 cells per key, most of the key's time. A cell of one line of plain text in one style (every
cell this program shows but a few) is drawn here as the segments that layout would have made,
the same text in the same styles; anything else goes through DataTable's own drawing.
`tests/tui/test_table.py` compares the two on generated text.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import DataTable
from textual.widgets._data_table import CellType, ColumnKey, RowKey

from innovation.text import has_unsafe

_LEFT = (None, "default", "left")


def _plain(cell: Any) -> Any:
    return Text(cell) if isinstance(cell, str) else cell


class Table(DataTable[Any]):
    # While the table draws (one `render_lines`), what its styles are cannot change: each is
    # worked out once per drawing, not once per line (each walks every ancestor's CSS).
    _drawing: dict[object, Style] | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        self._drawing = {}
        try:
            return super().render_lines(crop)
        finally:
            self._drawing = None

    @property
    def rich_style(self) -> Style:
        drawing = self._drawing
        if drawing is None:
            return super().rich_style
        style = drawing.get(None)
        if style is None:
            style = drawing[None] = super().rich_style
        return style

    def _get_row_style(self, row_index: int, base_style: Style) -> Style:
        drawing = self._drawing
        if drawing is None:
            return super()._get_row_style(row_index, base_style)
        key = (row_index == -1, row_index < self.fixed_rows, row_index % 2, base_style)
        style = drawing.get(key)
        if style is None:
            style = drawing[key] = super()._get_row_style(row_index, base_style)
        return style

    def _update_dimensions(self, new_rows: Iterable[RowKey]) -> None:
        widths = [c.get_render_width(self) for c in self.columns.values()]
        super()._update_dimensions(self._measure_plain(new_rows))
        if widths != [c.get_render_width(self) for c in self.columns.values()]:
            self._row_render_cache.clear()
            self._cell_render_cache.clear()
            self._line_cache.clear()
            self.refresh()

    def _measure_plain(self, new_rows: Iterable[RowKey]) -> list[RowKey]:
        """Widens the columns for the new rows of plain one-line text cells (Rich's measure of
        such a cell is its length in cells), and returns the other rows for DataTable."""
        columns = self.ordered_columns
        rest: list[RowKey] = []
        for row_key in new_rows:
            row = self.rows.get(row_key)
            cells = self._data.get(row_key)
            if row is None or cells is None or row.label is not None or row.auto_height:
                rest.append(row_key)
                continue
            lengths: list[int] = []
            for column in columns:
                cell = cells.get(column.key)
                if not isinstance(cell, Text) or has_unsafe(cell.plain):
                    rest.append(row_key)
                    break
                lengths.append(cell_len(cell.plain))
            else:
                for column, length in zip(columns, lengths, strict=True):
                    if length > column.content_width:
                        column.content_width = length
        return rest

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

    def _render_cell(
        self,
        row_index: int,
        column_index: int,
        base_style: Style,
        width: int,
        cursor: bool = False,
        hover: bool = False,
    ) -> list[list[Segment]]:
        line = self._plain_cell(row_index, column_index, base_style, width, cursor, hover)
        if line is None:
            return super()._render_cell(row_index, column_index, base_style, width, cursor, hover)
        return [line]

    def _plain_cell(
        self,
        row_index: int,
        column_index: int,
        base_style: Style,
        width: int,
        cursor: bool,
        hover: bool,
    ) -> list[Segment] | None:
        """A data cell of one line of text in one style, drawn as DataTable's layout would draw
        it; None for any other cell."""
        if row_index < self.fixed_rows or column_index < self.fixed_columns:
            return None  # headers, labels and fixed cells keep DataTable's drawing
        row_key = self._row_locations.get_key(row_index)
        row = self.rows.get(row_key) if row_key is not None else None
        if row is None or row.height != 1:
            return None
        cells = self._get_row_renderables(row_index).cells
        if column_index >= len(cells):
            return None
        cell = cells[column_index]
        if not isinstance(cell, Text) or cell.spans or cell.justify not in _LEFT:
            return None
        if cell.overflow not in (None, "fold", "crop") or has_unsafe(cell.plain):
            return None
        component, post = self._get_styles_to_render_cell(
            False,
            False,
            False,
            hover,
            cursor,
            self.show_cursor,
            self._show_hover_cursor,
            self.cursor_foreground_priority == "css",
            self.cursor_background_priority == "css",
        )
        pre = base_style + Style.from_meta({"row": row_index, "column": column_index})
        pre += component
        around = pre + post
        own = cell.style
        if not isinstance(own, Style):
            own = self.app.console.get_style(own)
        pad = self.cell_padding
        inner = width - 2 * pad
        if inner <= 0:
            return None  # no room for text: never a column of this program's
        plain = cell.plain
        length = cell_len(plain)
        if length > inner:
            plain = set_cell_size(plain, inner)
            length = cell_len(plain)
            if length != inner:
                return None  # joined characters Rich measures as one: its layout knows them
        line = [Segment(" " * pad, around)] if pad else []
        if plain:
            line.append(Segment(plain, pre + own + post))
        if length < inner:
            line.append(Segment(" " * (inner - length), around))
        if pad:
            line.append(Segment(" " * pad, around))
        return line
