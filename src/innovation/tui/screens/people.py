"""In the demo: try the program as any of its people, to see each role's view."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from innovation.i18n import t
from innovation.service.views import PersonView


class PeopleScreen(ModalScreen[str | None]):
    DEFAULT_CSS = """
    PeopleScreen {
        align: center middle;
    }
    PeopleScreen > Vertical {
        width: 60;
        height: auto;
        max-height: 80%;
        border: thick $accent;
        background: $surface;
        padding: 0 1;
    }
    PeopleScreen OptionList {
        height: auto;
        max-height: 20;
    }
    """
    BINDINGS = [Binding("escape", "cancel", t("key.back"))]

    def __init__(self, people: list[PersonView], current: str) -> None:
        super().__init__()
        self.people = people
        self.current = current

    def compose(self) -> ComposeResult:
        options = []
        for p in self.people:
            roles = ", ".join(t(f"role.{r}").split(" (")[0] for r in p.roles)
            label = Text(p.name, style="bold" if p.username == self.current else "")
            label += Text(f"  {roles}", style="dim")
            options.append(Option(label, id=p.username))
        with Vertical():
            yield Static(Text(t("tui.people_title"), style="bold"))
            yield OptionList(*options, id="people")

    def on_mount(self) -> None:
        people = self.query_one("#people", OptionList)
        for i, p in enumerate(self.people):
            if p.username == self.current:
                people.highlighted = i

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
