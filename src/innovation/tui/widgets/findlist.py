"""A list to choose from that finds as you type, as file managers and menus do: the letters
typed in a row move the highlight to the first option that begins with them (or has a word
that does). In the demo's forty people, Karl was otherwise sixteen presses down."""

from __future__ import annotations

from time import monotonic
from typing import Any

from rich.text import Text
from textual import events
from textual.widgets import OptionList

from innovation.i18n import t
from innovation.words import fold

# A pause this long starts a new search: "k" now and "a" a minute later are two searches.
PAUSE_SECONDS = 1.0


class FindList(OptionList):
    def __init__(self, *content: Any, **kwargs: Any) -> None:
        super().__init__(*content, **kwargs)
        self.typed = ""
        self.typed_at = 0.0

    def on_mount(self) -> None:
        self.border_subtitle = self._hint()

    @staticmethod
    def _hint() -> Text:
        return Text(t("tui.type_to_find"), style="dim")

    def on_key(self, event: events.Key) -> None:
        char, now = event.character, monotonic()
        if event.key == "backspace" and self.typed:
            self.typed = self.typed[:-1]
        elif char is not None and char.isprintable() and (char != " " or self.typed):
            fresh = now - self.typed_at > PAUSE_SECONDS
            self.typed = char if fresh else self.typed + char
        else:
            return
        self.typed_at = now
        event.stop()
        event.prevent_default()
        self.find(self.typed)

    def find(self, typed: str) -> int | None:
        """Highlights the first option that begins with `typed`, else the first with a word
        that does (case and å ä ö aside); returns its index, None if there is none."""
        wanted = fold(typed)
        labels = [fold(self._label(i)) for i in range(self.option_count)] if wanted else []
        begins = [i for i, label in enumerate(labels) if label.startswith(wanted)]
        words = [
            i for i, label in enumerate(labels) if any(w.startswith(wanted) for w in label.split())
        ]
        found = next(iter(begins or words), None)
        if found is not None:
            self.highlighted = found
        # What is typed shows on the list's lower edge, as text (never markup), red if nothing
        # begins with it.
        self.border_subtitle = (
            Text(f"⌕ {typed}", style="" if found is not None else "red") if typed else self._hint()
        )
        return found

    def _label(self, index: int) -> str:
        prompt = self.get_option_at_index(index).prompt
        return prompt.plain if isinstance(prompt, Text) else str(prompt)
