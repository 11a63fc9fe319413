"""The top bar: where you are, who you are, and what waits for your decision."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import work
from textual.widgets import Static

from innovation.i18n import t
from innovation.tui.background import unless_closed

if TYPE_CHECKING:
    from innovation.tui.app import InnovationApp


class TopBar(Static):
    DEFAULT_CSS = """
    TopBar {
        dock: top;
        height: 1;
        background: $primary-background;
        color: $text;
        padding: 0 1;
    }
    """

    def __init__(self, where: str) -> None:
        super().__init__()
        self.where = where
        self.waiting = 0

    @property
    def iapp(self) -> InnovationApp:
        return cast("InnovationApp", self.app)

    def on_mount(self) -> None:
        # The count is read when the screen is shown (AppScreen.resumed), once.
        self.paint()

    def reload(self) -> None:
        self.paint()
        self.count()

    @work(thread=True, exclusive=True)
    @unless_closed
    def count(self) -> None:
        try:
            waiting = len(self.iapp.service().list_requests(deciding=True))
        except Exception:  # an unknown person has nothing waiting; the screen says why
            waiting = 0
        self.app.call_from_thread(self._set_waiting, waiting)

    def _set_waiting(self, waiting: int) -> None:
        self.waiting = waiting
        self.paint()

    def paint(self) -> None:
        app = self.iapp
        text = Text("innovation", style="bold") + Text(f" · {self.where}")
        if app.day_view is not None:
            text += Text(
                "   " + t("tui.day_banner", day=app.day_view.viewing), style="bold reverse"
            )
        person = app.person
        if person is not None:
            roles = ", ".join(t(f"role.{r}").split(" (")[0] for r in person.roles)
            who = Text(f"   {person.name} ({roles})")
        else:
            who = Text("   " + t("tui.unknown_person", username=app.actor), style="red")
        if app.demo:
            who += Text(f" [{t('tui.demo')}]", style="dim")
        text += who
        if self.waiting:
            text += Text("   " + t("tui.waiting", n=self.waiting), style="bold yellow")
        text += Text("   " + t("tui.help_hint"), style="dim")
        self.update(text, layout=False)  # one line, always
