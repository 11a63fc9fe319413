"""An area as a card on the board."""

from __future__ import annotations

from typing import NamedTuple, Protocol, runtime_checkable

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Static

from innovation.i18n import t
from innovation.service.views import AreaSummary

COLOR_STYLE = {"gron": "green", "gul": "yellow", "rod": "red"}
# Every card is this tall (border included), so a column knows how many fit without laying
# them out: a board of thousands of areas shows them through a few cards that are reused.
CARD_HEIGHT = 7
QUESTION_LINES = 3


class CardFacts(NamedTuple):
    area: AreaSummary
    attention: bool
    request_age: int | None
    color: str | None


class AreaCard(Static, can_focus=True):
    DEFAULT_CSS = f"""
    AreaCard {{
        height: {CARD_HEIGHT};
        border: round $panel-lighten-2;
        padding: 0 1;
        margin: 0 0 1 0;
    }}
    AreaCard:focus {{
        border: round $accent;
        background: $boost;
    }}
    AreaCard.attention {{
        border: round $warning;
    }}
    """
    # The card answers the arrow keys itself: its column decides which area comes next.
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

    def __init__(self, facts: CardFacts | None = None) -> None:
        super().__init__()
        self.facts = facts

    @property
    def area(self) -> AreaSummary:
        assert self.facts is not None, "an empty card is never shown"
        return self.facts.area

    def show(self, facts: CardFacts) -> None:
        """Shows another area on this card (the board reuses its cards)."""
        if facts != self.facts:
            self.facts = facts
            self.set_class(facts.attention, "attention")
            self.refresh()

    def render(self) -> Text:
        if self.facts is None:
            return Text()
        a, age, color = self.facts.area, self.facts.request_age, self.facts.color
        width = max(4, self.content_size.width)
        text = Text(a.key, style="bold")
        if color:
            # The word is always there too: it reads in monochrome and for colour-blind users.
            text.append(" ● ", style=COLOR_STYLE[color]).append(t(f"color.{color}"))
        marks = Text()
        if a.request:
            marks.append(" ⧗", style="yellow")
        if a.hold_until:
            marks.append(" ⏸", style="yellow")
        track = Text(f" {t(f'track_short.{a.track}')}", style="dim")
        # On a narrow card the track goes first: the filter line says it, the colour it cannot.
        if len(text) + len(track) + len(marks) <= width:
            text.append_text(track)
        text.append_text(marks)
        # The question's first lines: the card is a pointer, the area screen has the whole.
        lines = [*text.append("\n").append(a.question).wrap(self.app.console, width)]
        if len(lines) > 1 + QUESTION_LINES:
            lines = lines[: 1 + QUESTION_LINES]
            last = lines[-1]
            last.rstrip()
            last.truncate(width - 1)
            last.append("…")
        lines += [Text()] * (1 + QUESTION_LINES - len(lines))
        text = Text("\n").join(lines)
        # The last line says what waits, else how long the area has stood in its phase.
        if a.request and age is not None:
            text.append("\n").append(t("tui.request_waits", request=a.request, n=age), "yellow")
        elif a.hold_until:
            text.append("\n").append(f"⏸ → {a.hold_until}", style="yellow")
        else:
            days = t("tui.days_in_phase", n=a.days_in_phase)
            if len(days) > width:
                days = t("word.days", n=a.days_in_phase)
            text.append("\n").append(days, style="dim")
        return text

    def action_open(self) -> None:
        if self.facts is not None:
            self.post_message(self.Open(self.area.key))

    def on_click(self) -> None:
        self.action_open()

    # The column moves the focus at once (not by a message): keys typed fast act in order.
    def action_step(self, delta: int) -> None:
        self._move(delta, "card")

    def action_page(self, direction: int) -> None:
        self._move(direction, "page")

    def action_end(self, direction: int) -> None:
        self._move(direction, "end")

    def _move(self, direction: int, by: str) -> None:
        column = self.parent
        if isinstance(column, Column):
            column.move(self, direction, by=by)


@runtime_checkable
class Column(Protocol):
    """The column a card sits in (widgets.column), as the card sees it."""

    def move(self, card: AreaCard, direction: int, *, by: str) -> None: ...
