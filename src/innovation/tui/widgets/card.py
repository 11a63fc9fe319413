"""An area as a card on the board."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Static

from innovation.i18n import t
from innovation.service.views import AreaSummary

COLOR_STYLE = {"gron": "green", "gul": "yellow", "rod": "red"}


class AreaCard(Static, can_focus=True):
    DEFAULT_CSS = """
    AreaCard {
        height: auto;
        border: round $panel-lighten-2;
        padding: 0 1;
        margin: 0 0 1 0;
    }
    AreaCard:focus {
        border: round $accent;
        background: $boost;
    }
    AreaCard.attention {
        border: round $warning;
    }
    """
    # The card answers the arrow keys itself, before the scrolling column it sits in does.
    BINDINGS = [
        Binding("enter", "open", t("key.open")),
        Binding("left", "screen.column(-1)", show=False),
        Binding("right", "screen.column(1)", show=False),
        Binding("up", "app.focus_previous", show=False),
        Binding("down", "app.focus_next", show=False),
    ]

    class Open(Message):
        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

    def __init__(
        self,
        area: AreaSummary,
        *,
        attention: bool,
        request_age: int | None,
        color: str | None = None,
    ) -> None:
        super().__init__(classes="attention" if attention else "")
        self.area = area
        self.request_age = request_age
        self.color = color

    def render(self) -> Text:
        a = self.area
        text = Text(a.key, style="bold")
        if self.color:
            # The word is always there too: it reads in monochrome and for colour-blind users.
            text += Text(" ● ", style=COLOR_STYLE[self.color]) + Text(t(f"color.{self.color}"))
        text += Text(f" {t(f'track_short.{a.track}')}", style="dim")
        if a.request:
            text += Text(" ⧗", style="yellow")
        if a.hold_until:
            text += Text(" ⏸", style="yellow")
        # Up to three lines of the question: the card is a pointer, the area screen has the whole.
        width = max(10, self.size.width - 4)
        text += Text("\n") + Text(_clip(a.question, width * 3 - 4))
        if a.request and self.request_age is not None:
            text += Text("\n") + Text(
                t("tui.request_waits", request=a.request, n=self.request_age), style="yellow"
            )
        if a.hold_until:
            text += Text("\n") + Text(f"⏸ → {a.hold_until}", style="yellow")
        days = t("tui.days_in_phase", n=a.days_in_phase)
        if len(days) > self.size.width - 2:
            days = t("word.days", n=a.days_in_phase)
        text += Text("\n") + Text(days, style="dim")
        return text

    def action_open(self) -> None:
        self.post_message(self.Open(self.area.key))

    def on_click(self) -> None:
        self.post_message(self.Open(self.area.key))


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
