"""A phase's column on the board: all its areas, shown through as many cards as fit.

A national board has thousands of areas; mounting a widget for each made every filter take
seconds. The column keeps its areas as data and a window onto them: the arrow keys, page keys
and the mouse wheel move the window, and the few cards it owns show whichever areas are in it.
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical

from innovation.i18n import t
from innovation.tui.widgets.card import CARD_HEIGHT, AreaCard, CardFacts

CARD_ROWS = CARD_HEIGHT + 1  # a card and the margin below it


class PhaseColumn(Vertical, can_focus=False):
    DEFAULT_CSS = """
    PhaseColumn {
        width: 1fr;
        height: 1fr;
        border: round $panel-lighten-1;
        border-title-color: $text;
        border-title-style: bold;
        border-subtitle-color: $text-muted;
        overflow: hidden hidden;
    }
    """

    def __init__(self, phase: str, *, id: str | None = None, cards: int = 0) -> None:
        """`cards`: how many to make at once (as many as the terminal's height will hold);
        a resize makes or removes the difference."""
        super().__init__(id=id)
        self.phase = phase
        self.items: list[CardFacts] = []
        self.total = 0  # len(items), or more while only the first of them are read
        self.first = 0
        self.made = cards

    def compose(self) -> ComposeResult:
        for _ in range(self.made):
            card = AreaCard()
            card.display = False
            yield card

    @property
    def cards(self) -> list[AreaCard]:
        return [c for c in self.children if isinstance(c, AreaCard)]

    def shown_cards(self) -> list[AreaCard]:
        return [c for c in self.cards if c.display and c.facts is not None]

    def set_items(
        self, items: list[CardFacts], keep: str | None = None, total: int | None = None
    ) -> AreaCard | None:
        """Shows these areas (the first of `total`, if given); returns the card showing `keep`
        (the focused area) if it is still here, the window moved so that it shows."""
        self.items = items
        self.total = len(items) if total is None else max(total, len(items))
        index = next((i for i, f in enumerate(items) if f.area.key == keep), None)
        if index is not None:
            return self.reveal(index)
        self.fill()
        return None

    def on_resize(self) -> None:
        fits = max(1, self.content_size.height // CARD_ROWS)
        cards = self.cards
        if len(cards) < fits:
            self.mount_all(AreaCard() for _ in range(fits - len(cards)))
        for card in cards[fits:]:
            card.remove()
        self.call_after_refresh(self.fill)

    def fill(self) -> None:
        cards = self.cards
        self.first = max(0, min(self.first, len(self.items) - len(cards)))
        for i, card in enumerate(cards):
            index = self.first + i
            if index < len(self.items):
                card.show(self.items[index])
            card.display = index < len(self.items)
        n = self.total
        if n > len(cards):
            last = min(n, self.first + len(cards))
            first = self.first + 1
            self.border_subtitle = t("tui.column_window", first=first, last=last, n=n)
            if len(self.border_subtitle) > self.size.width - 6:
                self.border_subtitle = f"{first}–{last}/{n}"
        else:
            self.border_subtitle = ""

    def reveal(self, index: int) -> AreaCard | None:
        """Moves the window so that the area at `index` shows; returns its card."""
        cards = self.cards
        if not cards or not self.items:
            return None
        index = max(0, min(index, len(self.items) - 1))
        if index < self.first:
            self.first = index
        elif index >= self.first + len(cards):
            self.first = index - len(cards) + 1
        self.fill()
        return cards[index - self.first]

    def move(self, card: AreaCard, direction: int, *, by: str) -> None:
        """Focuses the area one card, one page (the cards that show) or all the way (`by`:
        card, page, end) from `card`'s, in `direction` (1 down, -1 up)."""
        cards = self.cards
        if card not in cards:
            return
        here = self.first + cards.index(card)
        if by == "end":
            target = len(self.items) - 1 if direction > 0 else 0
        else:
            target = here + direction * (len(cards) if by == "page" else 1)
        shown = self.reveal(target)
        if shown is not None:
            # At once, not later: the next key typed may already be waiting.
            self.screen.set_focus(shown, scroll_visible=False)

    def _on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        event.stop()
        self.first += 1
        self.fill()

    def _on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        event.stop()
        self.first -= 1
        self.fill()
