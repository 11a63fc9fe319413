"""The bottom bar: the keys that work here, painted as one line.

Textual's Footer mounts a widget per key and remounts them all whenever focus moves or a
screen opens; on our screens that cost more than the rest of a repaint together. This bar is one
widget whose text changes only when the keys do; a click on a key presses it, as in the Footer.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widgets import Static

from innovation.i18n import t


class KeyBar(Static):
    COMPONENT_CLASSES = {"keybar--key"}
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
    }
    KeyBar > .keybar--key {
        color: $footer-key-foreground;
        background: $footer-key-background;
        text-style: bold;
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self.spans: list[tuple[int, int, str]] = []
        self.painted: Text | None = None

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)
        self.paint()

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def bindings_changed(self, screen: Screen[object]) -> None:
        if self.is_attached and screen is self.screen:
            self.paint()

    def on_resize(self) -> None:
        self.paint()

    def paint(self) -> None:
        key_style = self.get_component_rich_style("keybar--key", partial=True)
        text = Text(no_wrap=True, overflow="crop")
        spans: list[tuple[int, int, str]] = []
        seen: set[str] = set()
        palette = None
        for _node, binding, enabled, _tooltip in self.screen.active_bindings.values():
            if binding.key == self.app.COMMAND_PALETTE_BINDING:
                palette = binding if self.app.ENABLE_COMMAND_PALETTE else None
                continue
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            start = len(text)
            text.append(
                f" {self.app.get_key_display(binding)} ", style=key_style if enabled else "dim"
            )
            text.append(f"{binding.description} ", style="" if enabled else "dim")
            if enabled:
                spans.append((start, len(text), binding.key))
        if palette is not None:
            # The palette's key sits at the right edge, as in Textual's own footer; keys that
            # do not fit before it are cut (`?` and the palette list them all).
            key, label = f" {self.app.get_key_display(palette)} ", f"{t('key.palette')} "
            room = self.size.width - len(key) - len(label)
            if len(text) > room:
                text.truncate(max(0, room - 1))
                text.append("…")
                spans = [(a, min(b, room - 1), k) for a, b, k in spans if a < room - 1]
            text.append(" " * max(1, room - len(text)))
            spans.append((len(text), len(text) + len(key) + len(label), palette.key))
            text.append(key, style=key_style).append(label)
        self.spans = spans
        if self.painted is None or (text.plain, text.spans) != (
            self.painted.plain,
            self.painted.spans,
        ):
            self.painted = text
            self.update(text, layout=False)  # one line, always: no layout to redo

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self.spans:
            if start <= event.x < end:
                event.stop()
                self.app.simulate_key(key)
                return
