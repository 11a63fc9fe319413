"""In the demo: try the program as any of its people, to see each role's view."""

from __future__ import annotations

from rich.text import Text

from innovation.i18n import t
from innovation.service.views import PersonView
from innovation.tui.screens.dialogs import PickScreen


class PeopleScreen(PickScreen):
    """Everyone, with their roles; the person acting now in bold and highlighted."""

    def __init__(self, people: list[PersonView], current: str) -> None:
        options = []
        for p in people:
            roles = ", ".join(t(f"role.{r}").split(" (")[0] for r in p.roles)
            label = Text(p.name, style="bold" if p.username == current else "")
            label += Text(f"  {roles}", style="dim")
            options.append((p.username, label))
        super().__init__(t("tui.people_title"), options, current=current, list_id="people")
