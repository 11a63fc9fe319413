"""What every screen shares: the app it belongs to, and its top bar."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from textual.binding import BindingType
from textual.screen import Screen

from innovation.tui.textual_words import screen_bindings
from innovation.tui.widgets.topbar import TopBar

if TYPE_CHECKING:
    from innovation.tui.app import InnovationApp


class AppScreen(Screen[None]):
    # Textual's own keys on every screen, with our words (the same keys override its own).
    BINDINGS: ClassVar[list[BindingType]] = [*screen_bindings()]

    @property
    def iapp(self) -> InnovationApp:
        return cast("InnovationApp", self.app)

    def reload(self) -> None:
        """Reads the screen's data again (after a change, or another person acting)."""

    def on_screen_resume(self) -> None:
        # One handler: Textual calls this on every class of the screen that defines it, so
        # screens change what a visit does by overriding `resumed`, not this.
        self.resumed()

    def resumed(self) -> None:
        """Coming back to a screen (from a form, another screen or a person switch) re-reads
        it."""
        self.reload()
        for bar in self.query(TopBar):
            bar.reload()
