"""The board: a column per phase, each showing its areas as cards — all drawn by one widget.

A national board has thousands of areas, and Textual's costs are per widget and per line each
widget draws: thirty card widgets, or even six column widgets, cost more to mount, style, lay
out and draw than everything else on the board's first frame. So each column keeps its areas
as data with a window onto them (`Column`), and the board draws the columns, their borders
and the cards in the windows itself (Textual's Line API). The arrow keys, page keys, the mouse
wheel and clicks move the selection and the windows.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget

from innovation.i18n import t
from innovation.tui.board_data import CARD_HEIGHT, CARD_ROWS
from innovation.tui.widgets.card import CardFacts, card_lines

# A card's text gets a space on each side once the card is this wide inside its border.
PADDED_FROM = 14


def _fit_title(title: str, count: str, room: int) -> str:
    """A column's title and count in the room there is: a phase's name drops its explanation
    in brackets first ("Current state (nuläge)" → "Current state"), then is cut, never the
    count."""
    tail = f" {count}" if count else ""
    if len(title) + len(tail) <= room:
        return title + tail
    short = title.split(" (")[0]
    if len(short) + len(tail) <= room:
        return short + tail
    keep = room - len(tail) - 1
    return (short[:keep] + "…" + tail) if keep > 0 else count


class Column:
    """A phase's areas, the window onto them that shows, and the selected one."""

    def __init__(self, phase: str) -> None:
        self.phase = phase
        self.title = phase
        self.count = ""  # shown after the title, never cut: the title gives way first
        self.items: list[CardFacts] = []
        self.total = 0  # len(items), or more while only the first of them are read
        self.first = 0  # the window: items[first:first + fits]
        self.cursor = 0
        self.fits = 1  # cards the column's height holds

    @property
    def selected(self) -> CardFacts | None:
        return self.items[self.cursor] if self.items else None

    @property
    def row(self) -> int:
        """The selected card's place in the window (0 is the top card)."""
        return self.cursor - self.first

    def shown(self) -> list[CardFacts]:
        return self.items[self.first : self.first + self.fits]

    def shown_keys(self) -> list[str]:
        return [f.area.key for f in self.shown()]

    def set_items(
        self, items: list[CardFacts], keep: str | None = None, total: int | None = None
    ) -> bool:
        """Shows these areas (the first of `total`, if given); True if `keep` is among them:
        it is selected, the window moved so that it shows."""
        self.items = items
        self.total = len(items) if total is None else max(total, len(items))
        index = next((i for i, f in enumerate(items) if f.area.key == keep), None)
        # Else another area takes the selected one's place in the window.
        self.select(self.cursor if index is None else index)
        return index is not None

    def select(self, index: int) -> None:
        """Selects the area at `index` and moves the window so that it shows."""
        if not self.items:
            self.first = self.cursor = 0
            return
        self.cursor = max(0, min(index, len(self.items) - 1))
        self.first = max(0, min(self.first, len(self.items) - self.fits))
        if self.cursor < self.first:
            self.first = self.cursor
        elif self.cursor >= self.first + self.fits:
            self.first = self.cursor - self.fits + 1

    def select_row(self, row: int) -> None:
        """Selects the card `row` places from the window's top (or the last that shows)."""
        self.select(self.first + min(row, len(self.shown()) - 1))

    def move(self, direction: int, *, by: str) -> None:
        """Moves the selection one card, one page (the cards that show) or all the way
        (`by`: card, page, end), down (`direction` 1) or up (-1)."""
        if by == "end":
            self.select(len(self.items) - 1 if direction > 0 else 0)
        else:
            self.select(self.cursor + direction * (self.fits if by == "page" else 1))

    def scroll_window(self, delta: int) -> None:
        """Moves the window; the selection keeps its place in it (the mouse wheel)."""
        row = self.row
        self.first = max(0, min(self.first + delta, len(self.items) - self.fits))
        self.select(self.first + row)

    def window_label(self, room: int) -> str:
        """Which areas show, when not all do ("6–10 av 430"; shorter if `room` is short)."""
        if self.total <= self.fits:
            return ""
        first, last = self.first + 1, min(self.total, self.first + self.fits)
        label = t("tui.column_window", first=first, last=last, n=self.total)
        return label if len(label) <= room else f"{first}–{last}/{self.total}"


class Board(Widget, can_focus=True):
    DEFAULT_CSS = """
    Board {
        height: 1fr;
    }
    Board > .board--column {
        color: $panel-lighten-1;
    }
    Board > .board--title {
        color: $text;
        text-style: bold;
    }
    Board > .board--subtitle {
        color: $text-muted;
    }
    Board > .board--card {
        color: $panel-lighten-2;
    }
    Board > .board--attention {
        color: $warning;
    }
    Board > .board--selected {
        color: $accent;
        background: $boost;
    }
    """
    COMPONENT_CLASSES = {
        "board--column",
        "board--title",
        "board--subtitle",
        "board--card",
        "board--attention",
        "board--selected",
    }
    BINDINGS = [
        Binding("enter", "open", t("key.open")),
        Binding("left", "column(-1)", show=False),
        Binding("right", "column(1)", show=False),
        Binding("up", "step(-1)", show=False),
        Binding("down", "step(1)", show=False),
        Binding("pageup", "page(-1)", show=False),
        Binding("pagedown", "page(1)", show=False),
        Binding("home", "end(-1)", show=False),
        Binding("end", "end(1)", show=False),
    ]

    class Open(Message):
        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

    def __init__(self, phases: tuple[str, ...], *, fits: int, id: str | None = None) -> None:
        """`fits`: how many cards a column holds, until the board is laid out (the terminal's
        height says)."""
        super().__init__(id=id)
        self.columns = [Column(phase) for phase in phases]
        for column in self.columns:
            column.fits = max(1, fits)
        self.current = 0  # the column whose selected card is the board's
        self._drawn: dict[tuple[object, ...], list[list[Segment]]] = {}
        self._styles: dict[str, Style] = {}

    def column(self, phase: str) -> Column:
        return next(c for c in self.columns if c.phase == phase)

    @property
    def selected(self) -> CardFacts | None:
        return self.columns[self.current].selected

    def allow_focus(self) -> bool:
        # An empty board has nothing to select: tab and the search's return pass it by.
        return any(c.items for c in self.columns)

    def changed(self) -> None:
        """Call after changing the columns: keeps the selection on a column with areas."""
        if not self.columns[self.current].items:
            self.current = next((i for i, c in enumerate(self.columns) if c.items), 0)
        self.refresh()

    # keys and mouse -----------------------------------------------------------------------
    def action_open(self) -> None:
        if self.selected is not None:
            self.post_message(self.Open(self.selected.area.key))

    def action_column(self, step: int) -> None:
        """Left and right go to the next column with areas, to the card at the same height."""
        here = self.columns[self.current]
        n = len(self.columns)
        for offset in range(1, n):
            index = (self.current + step * offset) % n
            if self.columns[index].items:
                self.columns[index].select_row(here.row)
                self.current = index
                self.refresh()
                return

    def action_step(self, delta: int) -> None:
        self._move(delta, "card")

    def action_page(self, direction: int) -> None:
        self._move(direction, "page")

    def action_end(self, direction: int) -> None:
        self._move(direction, "end")

    def _move(self, direction: int, by: str) -> None:
        self.columns[self.current].move(direction, by=by)
        self.refresh()

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = self._column_at(offset.x)
        column = self.columns[index]
        card, line = divmod(offset.y - 1, CARD_ROWS)
        if offset.y < 1 or line == CARD_HEIGHT or card >= column.fits:
            return
        if column.first + card < len(column.items):
            self.current = index
            column.select(column.first + card)
            self.screen.set_focus(self, scroll_visible=False)
            self.refresh()
            self.action_open()

    def _on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        self._wheel(event, 1)

    def _on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        self._wheel(event, -1)

    def _wheel(self, event: events.MouseEvent, delta: int) -> None:
        event.stop()
        offset = event.get_content_offset(self)
        if offset is not None:
            self.columns[self._column_at(offset.x)].scroll_window(delta)
            self.refresh()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def on_resize(self) -> None:
        fits = max(1, (self.content_size.height - 2) // CARD_ROWS)
        for column in self.columns:
            column.fits = fits
            column.select(column.cursor)
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._drawn.clear()  # a theme changed the colours
        self._styles.clear()

    # drawing ------------------------------------------------------------------------------
    def _spans(self, width: int) -> list[tuple[int, int]]:
        """Each column's first cell and width: the width shared out, the rest to the last."""
        n = len(self.columns)
        edges = [i * width // n for i in range(n + 1)]
        return [(edges[i], edges[i + 1] - edges[i]) for i in range(n)]

    def _column_at(self, x: int) -> int:
        spans = self._spans(self.content_size.width)
        return next((i for i, (x0, w) in enumerate(spans) if x0 <= x < x0 + w), len(spans) - 1)

    def _style(self, part: str) -> Style:
        style = self._styles.get(part)
        if style is None:
            # The widget's own style ("") walks every ancestor for its background: once a
            # frame's hundreds of lines asked it each time, it was a third of the board's paint.
            style = self._styles[part] = (
                self.get_component_rich_style(f"board--{part}", partial=False)
                if part
                else self.rich_style
            )
        return style

    def render_line(self, y: int) -> Strip:
        width, height = self.content_size
        segments: list[Segment] = []
        for index, (_, w) in enumerate(self._spans(width)):
            segments += self._column_line(index, y, w, height)
        return Strip(segments, width)

    def _column_line(self, index: int, y: int, width: int, height: int) -> list[Segment]:
        column = self.columns[index]
        edge = self._style("column")
        if y == 0 or y == height - 1:
            return self._border(column, y == 0, width, edge)
        inner = width - 2
        card, line = divmod(y - 1, CARD_ROWS)
        at = column.first + card
        if line == CARD_HEIGHT or card >= column.fits or at >= len(column.items):
            body = [Segment(" " * inner, self._style(""))]
        else:
            lit = at == column.cursor and index == self.current and self.has_focus
            body = self._card(column.items[at], inner, lit)[line]
        return [Segment("│", edge), *body, Segment("│", edge)]

    def _border(self, column: Column, top: bool, width: int, edge: Style) -> list[Segment]:
        """A column's top line with its title, or its bottom line with which areas show."""
        room = max(0, width - 6)
        if top:
            label, style, left = (
                _fit_title(column.title, column.count, room),
                self._style("title"),
                "╭─",
            )
        else:
            label, style, left = column.window_label(room), self._style("subtitle"), "╰"
        if len(label) > room:
            label = label[: max(0, room - 1)] + "…" if room else ""
        text = [Segment(f" {label} ", edge + style)] if label else []
        used = len(left) + (len(label) + 2 if label else 0) + 2
        fill = Segment("─" * max(0, width - used), edge)
        right = Segment("╮" if top else "╯", edge)
        if top:
            return [Segment(left, edge), *text, fill, Segment("─", edge), right]
        return [Segment(left, edge), fill, *text, Segment("─", edge), right]

    def _card(self, facts: CardFacts, width: int, lit: bool) -> list[list[Segment]]:
        a = facts.area  # what the card shows (an area's people are a list, not hashable)
        key = (a.key, a.question, a.track, a.request, a.hold_until, a.days_in_phase,
               facts.attention, facts.request_age, facts.color, width, lit)  # fmt: skip
        drawn = self._drawn.get(key)
        if drawn is None:
            if len(self._drawn) > 512:
                self._drawn.clear()
            drawn = self._drawn[key] = self._draw(facts, width, lit)
        return drawn

    def _draw(self, facts: CardFacts, width: int, lit: bool) -> list[list[Segment]]:
        base = self._style("")
        border = self._style("selected" if lit else "attention" if facts.attention else "card")
        inside = base + Style(bgcolor=border.bgcolor) if lit else base
        pad = 1 if width - 2 >= PADDED_FROM else 0
        inner = max(1, width - 2 - 2 * pad)
        console = self.app.console
        edge = Segment("│", border)
        margin = [Segment(" " * pad, inside)] if pad else []
        lines = [[Segment("╭" + "─" * (width - 2) + "╮", border)]]
        for line in card_lines(facts, inner, console):
            # Each piece's style over the card's; the line filled out to the card's width.
            segments = [Segment(s.text, inside + s.style if s.style else inside) for s in line]
            segments = Segment.adjust_line_length(segments, inner, inside)
            lines.append([edge, *margin, *segments, *margin, edge])
        lines.append([Segment("╰" + "─" * (width - 2) + "╯", border)])
        return lines
