"""A phase's column on the board: all its areas, drawn as cards, as many as its height holds.

A national board has thousands of areas. The column keeps them as data and shows a window onto
them; the arrow keys, page keys and the mouse wheel move the selection and the window. The
cards are lines the column draws itself, not widgets: thirty card widgets cost more to mount,
style and lay out than everything else on the board's first frame.
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
from innovation.tui.widgets.card import CARD_HEIGHT, CardFacts, card_lines

CARD_ROWS = CARD_HEIGHT + 1  # a card and the blank line below it


class PhaseColumn(Widget, can_focus=True):
    DEFAULT_CSS = """
    PhaseColumn {
        width: 1fr;
        height: 1fr;
        border: round $panel-lighten-1;
        border-title-color: $text;
        border-title-style: bold;
        border-subtitle-color: $text-muted;
    }
    PhaseColumn > .phase-column--card {
        color: $panel-lighten-2;
    }
    PhaseColumn > .phase-column--attention {
        color: $warning;
    }
    PhaseColumn > .phase-column--selected {
        color: $accent;
        background: $boost;
    }
    """
    COMPONENT_CLASSES = {
        "phase-column--card",
        "phase-column--attention",
        "phase-column--selected",
    }
    BINDINGS = [
        Binding("enter", "open", t("key.open")),
        Binding("left", "screen.column(-1)", show=False),
        Binding("right", "screen.column(1)", show=False),
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

    def __init__(self, phase: str, *, id: str | None = None, cards: int = 1) -> None:
        """`cards`: how many fit, until the column is laid out (the terminal's height says)."""
        super().__init__(id=id)
        self.phase = phase
        self.items: list[CardFacts] = []
        self.total = 0  # len(items), or more while only the first of them are read
        self.first = 0  # the window: items[first:first + fits]
        self.cursor = 0  # the selected area, within the window
        self.expected = max(1, cards)
        self._drawn: dict[tuple[object, ...], list[Strip]] = {}

    def allow_focus(self) -> bool:
        # An empty column has nothing to select: tab and the search's return pass it by.
        return bool(self.items)

    # what shows ---------------------------------------------------------------------------
    @property
    def fits(self) -> int:
        height = self.content_size.height
        return max(1, height // CARD_ROWS) if height else self.expected

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
        """Shows these areas (the first of `total`, if given); True if `keep` (the selected
        area) is still here: it stays selected, the window moved so that it shows."""
        self.items = items
        self.total = len(items) if total is None else max(total, len(items))
        index = next((i for i, f in enumerate(items) if f.area.key == keep), None)
        if index is not None:
            self.select(index)
            return True
        # Another area takes the selected one's place in the window.
        self.select(self.cursor)
        return False

    def select(self, index: int) -> None:
        """Selects the area at `index` and moves the window so that it shows."""
        if not self.items:
            self.first = self.cursor = 0
        else:
            self.cursor = max(0, min(index, len(self.items) - 1))
            fits = self.fits
            self.first = max(0, min(self.first, len(self.items) - fits))
            if self.cursor < self.first:
                self.first = self.cursor
            elif self.cursor >= self.first + fits:
                self.first = self.cursor - fits + 1
        self._changed()

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
        """Moves the window; the selection keeps its place in it (the wheel)."""
        row = self.row
        self.first = max(0, min(self.first + delta, len(self.items) - self.fits))
        self.select(self.first + row)

    def _changed(self) -> None:
        n, fits = self.total, self.fits
        if n > fits:
            last = min(n, self.first + fits)
            first = self.first + 1
            subtitle = t("tui.column_window", first=first, last=last, n=n)
            if len(subtitle) > self.size.width - 6:
                subtitle = f"{first}–{last}/{n}"
            self.border_subtitle = subtitle
        else:
            self.border_subtitle = ""
        self.refresh()

    # drawing ----------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        width, height = self.content_size
        card, line = divmod(y, CARD_ROWS)
        index = self.first + card
        if line == CARD_HEIGHT or card >= height // CARD_ROWS or index >= len(self.items):
            return self._blank(width)
        return self._card(index, width)[line]

    def _blank(self, width: int) -> Strip:
        blank = self._drawn.get(("blank", width))
        if blank is None:
            blank = self._drawn["blank", width] = [Strip.blank(width, self.rich_style)]
        return blank[0]

    def _card(self, index: int, width: int) -> list[Strip]:
        facts = self.items[index]
        lit = index == self.cursor and self.has_focus
        narrow = self.screen.has_class("-narrow")
        a = facts.area  # what the card shows (an area's people are a list, not hashable)
        shows = (a.key, a.question, a.track, a.request, a.hold_until, a.days_in_phase)
        key = (*shows, *facts[1:], width, lit, narrow)
        drawn = self._drawn.get(key)
        if drawn is None:
            if len(self._drawn) > 256:
                self._drawn.clear()
            drawn = self._drawn[key] = self._draw(facts, width, lit, narrow)
        return drawn

    def _draw(self, facts: CardFacts, width: int, lit: bool, narrow: bool) -> list[Strip]:
        base = self.rich_style
        part = "selected" if lit else "attention" if facts.attention else "card"
        border = self.get_component_rich_style(f"phase-column--{part}", partial=False)
        inside = base + Style(bgcolor=border.bgcolor) if lit else base
        pad = 0 if narrow else 1
        inner = max(1, width - 2 - 2 * pad)
        edge = Segment("│", border)
        margin = Segment(" " * pad, inside)
        strips = [Strip([Segment("╭" + "─" * (width - 2) + "╮", border)], width)]
        for text in card_lines(facts, inner, self.app.console):
            segments = Segment.apply_style(text.render(self.app.console), inside)
            line = Strip(segments).adjust_cell_length(inner, inside)
            strips.append(Strip([edge, margin, *line, margin, edge], width))
        strips.append(Strip([Segment("╰" + "─" * (width - 2) + "╯", border)], width))
        return strips

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._drawn.clear()  # a theme changed the colours

    def on_resize(self) -> None:
        self.select(self.cursor)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    # keys and mouse -----------------------------------------------------------------------
    def action_open(self) -> None:
        if self.selected is not None:
            self.post_message(self.Open(self.selected.area.key))

    def action_step(self, delta: int) -> None:
        self.move(delta, by="card")

    def action_page(self, direction: int) -> None:
        self.move(direction, by="page")

    def action_end(self, direction: int) -> None:
        self.move(direction, by="end")

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y % CARD_ROWS == CARD_HEIGHT:
            return
        index = self.first + offset.y // CARD_ROWS
        if offset.y // CARD_ROWS < self.fits and index < len(self.items):
            self.select(index)
            self.screen.set_focus(self, scroll_visible=False)
            self.action_open()

    def _on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        event.stop()
        self.scroll_window(1)

    def _on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        event.stop()
        self.scroll_window(-1)
