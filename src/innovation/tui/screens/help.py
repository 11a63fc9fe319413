"""? : every key that works on the screen you came from, one line each."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from innovation.i18n import t
from innovation.tui.textual_words import described


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
    }
    HelpScreen > VerticalScroll {
        width: 64;
        max-width: 90%;
        height: auto;
        max-height: 80%;
        border: thick $accent;
        background: $surface;
        padding: 0 1;
    }
    """
    BINDINGS = [
        Binding("escape", "close", t("key.back")),
        Binding("question_mark", "close", show=False),
        Binding("q", "close", show=False),
    ]

    def __init__(self, origin: Screen[object]) -> None:
        super().__init__()
        self.origin = origin

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold")
        table.add_column()
        seen: set[str] = set()
        for active in self.origin.active_bindings.values():
            binding = active.binding
            if not binding.description or binding.action in seen or not active.enabled:
                continue
            seen.add(binding.action)
            key = self.app.get_key_display(binding)
            table.add_row(Text(key), Text(described(binding)))
        if self.app.COMMAND_PALETTE_BINDING not in {
            a.binding.key for a in self.origin.active_bindings.values()
        }:
            table.add_row(Text("^p"), Text(t("key.palette")))
        with VerticalScroll():
            yield Static(Text(t("tui.help_title"), style="bold underline"))
            yield Static(table)

    def action_close(self) -> None:
        self.dismiss(None)
