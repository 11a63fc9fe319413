"""A long table of one-line rows, drawn a line at a time: the history's list of events.

The history pages through hundreds of thousands of events. Textual's DataTable draws each
cell through Rich's whole layout and draws every row in view again whenever the cursor moves:
a page key drew some 200 cells, two thirds of the key's time. Here a row is drawn once, as one
strip of segments, and kept until the columns' widths or the table's colours change; the
cursor's row is the only one drawn again when the cursor moves.

It looks and answers as the app's other tables do (a DataTable): the same colours (its CSS
is theirs), a fixed header, zebra stripes, a row cursor; the arrow, page, Home and End keys
move the cursor, Enter or a click chooses a row. What it shows is text: every cell is drawn
as written (never markup; a control or direction character is shown, not obeyed, as `inert`
shows it), clipped to its column, in its Text's style (a cell of several
styles is not something this table is given).
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from innovation.text import has_unsafe, inert

Cell = str | Text
PAD = 1  # a space each side of each cell, as in a DataTable
_SPACES = str.maketrans("\n\r\t", "   ")


def _flat(value: Cell) -> tuple[str, Style]:
    """A cell's text on one line (a line break or tab would break the row), every other
    control or direction character shown rather than obeyed (`inert`), and its style."""
    text, style = (value.plain, value.style) if isinstance(value, Text) else (value, "")
    if has_unsafe(text):
        text = inert(text.translate(_SPACES))
    if isinstance(style, str):
        style = Style.parse(style) if style else Style()
    return text, style


class _RowMessage(Message):
    def __init__(self, table: RowTable, cursor_row: int) -> None:
        super().__init__()
        self.table = table
        self.cursor_row = cursor_row

    @property
    def control(self) -> RowTable:
        return self.table


class RowTable(ScrollView, can_focus=True):
    DEFAULT_CSS = """
    RowTable {
        background: $surface;
        color: $foreground;
        height: auto;
        max-height: 100%;
        &:focus {
            background-tint: $foreground 5%;
            & > .rowtable--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
            & > .rowtable--header {
                background-tint: $foreground 5%;
            }
        }
        &:dark > .rowtable--even-row {
            background: $surface-darken-1 40%;
        }
        & > .rowtable--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        &:ansi > .rowtable--header {
            background: ansi_bright_blue;
            color: ansi_default;
        }
        & > .rowtable--even-row {
            background: $surface-lighten-1 50%;
        }
        & > .rowtable--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
    }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "rowtable--header",
        "rowtable--cursor",
        "rowtable--odd-row",
        "rowtable--even-row",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", show=False),
        Binding("up", "cursor_up", show=False),
        Binding("down", "cursor_down", show=False),
        Binding("pageup", "page_up", show=False),
        Binding("pagedown", "page_down", show=False),
        Binding("home", "first", show=False),
        Binding("end", "last", show=False),
    ]

    cursor_row: reactive[int] = reactive(0, always_update=True, repaint=False)

    class Highlighted(_RowMessage):
        """The cursor is on another row."""

    class Selected(_RowMessage):
        """A row was chosen: Enter on it, or a click."""

    def __init__(self, *columns: str, id: str | None = None) -> None:
        super().__init__(id=id)
        self.columns = list(columns)
        self.rows: list[tuple[tuple[str, Style], ...]] = []
        self.widths = [cell_len(c) for c in columns]
        self._drawn: dict[tuple[int, bool, Style], Strip] = {}  # row, cursor on it, colours
        self._styles = (Style(), Style(), Style(), Style(), Style())

    # data ------------------------------------------------------------------------------------
    @property
    def row_count(self) -> int:
        return len(self.rows)

    def add_rows(self, rows: list[tuple[Cell, ...]]) -> None:
        """Adds rows below the others; the columns widen to their longest text."""
        widths = self.widths
        new = [tuple(_flat(c) for c in row) for row in rows]
        for cells in new:  # all or none: a short row is a mistake in the caller
            if len(cells) != len(widths):
                raise ValueError(f"a row of {len(cells)} cells in a table of {len(widths)}")
        wider = False
        for cells in new:
            for i, (text, _) in enumerate(cells):
                length = cell_len(text)
                if length > widths[i]:
                    widths[i], wider = length, True
        self.rows.extend(new)
        if wider:
            self._drawn.clear()
        first = len(self.rows) == len(rows)
        self._resize()
        if first and rows:
            self.cursor_row = 0  # says which row is highlighted, as a DataTable does
        self.refresh()

    def clear(self) -> None:
        """No rows; the columns as narrow as their names; the cursor at the top."""
        self.rows = []
        self.widths = [cell_len(c) for c in self.columns]
        self._drawn.clear()
        self.set_reactive(RowTable.cursor_row, 0)
        self.scroll_to(0, 0, animate=False, immediate=True)
        self._resize()
        self.refresh()

    def row_at(self, index: int) -> list[str]:
        """The text of a row's cells."""
        return [text for text, _ in self.rows[index]]

    def _resize(self) -> None:
        width = sum(w + 2 * PAD for w in self.widths)
        self.virtual_size = Size(width, len(self.rows) + 1)

    # cursor ----------------------------------------------------------------------------------
    @property
    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def validate_cursor_row(self, row: int) -> int:
        return max(0, min(row, len(self.rows) - 1))

    def watch_cursor_row(self, old: int, new: int) -> None:
        self._refresh_row(old)
        self._refresh_row(new)
        self._show_cursor()
        if self.rows:
            self.post_message(self.Highlighted(self, new))

    def _refresh_row(self, row: int) -> None:
        y = row + 1 - int(self.scroll_offset.y)
        if 1 <= y < self.size.height:
            self.refresh(Region(0, y, self.size.width, 1))

    def _show_cursor(self) -> None:
        """Scrolls as little as shows the cursor's row below the header."""
        top, row = int(self.scroll_offset.y), self.cursor_row
        if row < top:
            self.scroll_to(y=row, animate=False, immediate=True)
        elif row >= top + self._page:
            self.scroll_to(y=row - self._page + 1, animate=False, immediate=True)

    def action_cursor_up(self) -> None:
        self.cursor_row -= 1

    def action_cursor_down(self) -> None:
        self.cursor_row += 1

    def action_page_down(self) -> None:
        # As a DataTable: the view moves a page, the cursor a page less one row.
        page = self._page
        self.scroll_to(y=self.scroll_offset.y + page, animate=False, immediate=True)
        self.cursor_row += page

    def action_page_up(self) -> None:
        page = self._page
        self.scroll_to(y=max(0, self.scroll_offset.y - page), animate=False, immediate=True)
        self.cursor_row -= page

    def action_first(self) -> None:
        self.cursor_row = 0

    def action_last(self) -> None:
        self.cursor_row = len(self.rows) - 1

    def action_select_cursor(self) -> None:
        if self.rows:
            self.post_message(self.Selected(self, self.cursor_row))

    async def _on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y < 1:
            return  # the header, or the scroll bar
        row = offset.y - 1 + int(self.scroll_offset.y)
        if row < len(self.rows):
            self.cursor_row = row
            self.post_message(self.Selected(self, row))
            event.stop()

    # drawing ---------------------------------------------------------------------------------
    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._drawn.clear()

    def render_lines(self, crop: Region) -> list[Strip]:
        # The colours are worked out once per drawing, not once a line: each walks the CSS.
        base = self.rich_style
        component = self.get_component_rich_style
        self._styles = (
            base,
            base + component("rowtable--header"),
            base + component("rowtable--even-row"),
            base + component("rowtable--odd-row"),
            base + component("rowtable--cursor"),
        )
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        base, header, even, odd, cursor = self._styles
        width = self.size.width
        scroll_x, scroll_y = (int(v) for v in self.scroll_offset)
        if y == 0:
            style = header
            strip = self._strip([(name, header) for name in self.columns], header)
        else:
            row = y - 1 + scroll_y
            if row >= len(self.rows):
                return Strip.blank(width, base)
            on = row == self.cursor_row
            style = cursor if on else (odd if row % 2 else even)
            drawn = self._drawn.get((row, on, style))
            if drawn is not None:
                strip = drawn
            else:
                # The cursor's colour wins over a cell's own, as in a DataTable.
                over = Style(color=style.color) if on else Style()
                strip = self._strip([(t, style + s + over) for t, s in self.rows[row]], style)
                if len(self._drawn) > 2000:
                    self._drawn.clear()
                self._drawn[(row, on, style)] = strip
        return strip.extend_cell_length(scroll_x + width, style).crop(scroll_x, scroll_x + width)

    def _strip(self, cells: list[tuple[str, Style]], style: Style) -> Strip:
        segments: list[Segment] = []
        for i, (text, own) in enumerate(cells):
            room = self.widths[i]
            length = cell_len(text)
            if length > room:
                text = set_cell_size(text, room)
                length = cell_len(text)
            segments.append(Segment(" " * PAD, style))
            if text:
                segments.append(Segment(text, own))
            segments.append(Segment(" " * (room - length + PAD), style))
        return Strip(segments).simplify()
