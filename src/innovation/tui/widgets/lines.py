"""Long text drawn as it scrolls into view: the Rapport screen's list of every area.

A Static lays out and renders all of its content whenever it is shown: a national
workspace's report lists 3,200 areas on some 6,400 lines, and wrapping and rendering every one
of them took a second for the 40 that fit on a screen. This widget wraps each line only when
it is longer than the width (a length is quick to know; wrapping is not), and renders a line
only when the screen asks for it (Textual's line API), which is only for the lines in view.
What it shows is what a Static would show of the same content, line for line."""

from __future__ import annotations

from textual.content import Content
from textual.geometry import Size
from textual.strip import Strip
from textual.widget import Widget


class Lines(Widget):
    DEFAULT_CSS = """
    Lines { height: auto; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.shown: list[Content] = []
        self._lines: list[Content] = []
        self._width = -1

    def show(self, lines: list[Content]) -> None:
        """Shows these lines instead (each a line of its own, wrapped if it is too long)."""
        self.shown = lines
        self._width = -1
        self.refresh(layout=True)

    @property
    def text(self) -> str:
        return "\n".join(line.plain for line in self.shown)

    def _wrapped(self, width: int) -> list[Content]:
        if width != self._width:
            lines: list[Content] = []
            for line in self.shown:
                if line.cell_length <= width or width <= 0:
                    lines.append(line)
                else:
                    lines.extend(line.wrap(width))
            self._lines, self._width = lines, width
        return self._lines

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._wrapped(width))

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        lines = self._wrapped(width)
        style = self.rich_style
        if y >= len(lines):
            return Strip.blank(width, style)
        segments = lines[y].render_segments(self.visual_style)
        return Strip(segments).adjust_cell_length(width, style)
