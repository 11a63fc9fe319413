"""Tabs drawn as one line, with the panes below made when first shown.

Textual's TabbedContent builds some twenty widgets for nine tabs and moves its underline in a
frame of its own after every layout; opening an area paid for both. Here the strip is one
widget: the arrow keys (when it has focus) and the mouse choose a tab, and the screen is told.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Static


class TabStrip(Static, can_focus=True):
    COMPONENT_CLASSES = {"tabstrip--active"}
    DEFAULT_CSS = """
    TabStrip {
        height: 2;
        color: $text-muted;
        border-bottom: solid $panel-lighten-2;
    }
    TabStrip > .tabstrip--active {
        color: $text;
        text-style: bold underline;
    }
    TabStrip:focus > .tabstrip--active {
        color: $accent;
        background: $boost;
    }
    """
    BINDINGS = [
        Binding("left", "step(-1)", show=False),
        Binding("right", "step(1)", show=False),
    ]

    class Changed(Message):
        """Another tab was chosen."""

        def __init__(self, strip: TabStrip, pane: str) -> None:
            super().__init__()
            self.strip = strip
            self.pane = pane

        @property
        def control(self) -> TabStrip:
            return self.strip

    def __init__(self, tabs: Sequence[tuple[str, str]], *, id: str | None = None) -> None:
        """`tabs`: (pane id, label) in the order shown."""
        super().__init__(id=id)
        self.tabs = list(tabs)
        self._active = self.tabs[0][0]
        self.spans: list[tuple[int, int, str]] = []

    @property
    def active(self) -> str:
        return self._active

    @active.setter
    def active(self, pane: str) -> None:
        if pane not in {p for p, _ in self.tabs}:
            raise ValueError(f"no tab {pane!r}")
        if pane != self._active:
            self._active = pane
            self.refresh()
            self.post_message(self.Changed(self, pane))

    def render(self) -> Text:
        chosen = self.get_component_rich_style("tabstrip--active", partial=True)
        text = Text(no_wrap=True, overflow="crop")
        spans = []
        for pane, label in self.tabs:
            start = len(text)
            text.append(f" {label} ", style=chosen if pane == self._active else "")
            spans.append((start, len(text), pane))
        # Narrower than the labels: the line slides so the chosen tab shows; ‹ › say there are
        # more on that side.
        width, full, shift = self.content_size.width, len(text), 0
        if width > 2 and full > width:
            end = next(b for _, b, pane in spans if pane == self._active)
            shift = max(0, end - (width - 1))
            text = text[shift : shift + width - 1]
            if shift:
                text = Text("‹", style="dim") + text[1:]
            if shift + width - 1 < full:
                text.append("›", style="dim")
        self.spans = [(a - shift, b - shift, pane) for a, b, pane in spans]
        return text

    def action_step(self, delta: int) -> None:
        panes = [p for p, _ in self.tabs]
        self.active = panes[(panes.index(self._active) + delta) % len(panes)]

    def on_click(self, event: events.Click) -> None:
        for start, end, pane in self.spans:
            if start <= event.x < end:
                self.active = pane
                return
