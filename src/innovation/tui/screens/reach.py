"""Reaching people where they are, from the UI: the digest any person would get by e-mail
(a facilitator's preview), and publishing the public page for residents."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from innovation.i18n import t

if TYPE_CHECKING:
    from innovation.tui.app import InnovationApp


class ReadScreen(ModalScreen[None]):
    """A text to read, whole; Esc or Enter closes it."""

    DEFAULT_CSS = """
    ReadScreen { align: center middle; }
    ReadScreen > VerticalScroll {
        width: 90%; max-width: 100; height: auto; max-height: 90%;
        border: thick $accent; background: $surface; padding: 0 1;
    }
    """
    BINDINGS = [Binding("escape", "close", t("key.back")), Binding("enter", "close", show=False)]

    def __init__(self, text: Text) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(self.text)

    def action_close(self) -> None:
        self.dismiss(None)


def digest_text(app: InnovationApp, username: str) -> Text:
    """The digest as its reader would get it (the plain-text part of the e-mail)."""
    from innovation.mail import compose

    digest = app.service().digest(username)
    if not digest.items:
        return Text(t("tui.digest_empty", name=digest.name))
    message = compose(digest, "innovation@localhost", t("remind.workspace", lang=digest.lang))
    head = Text(t("tui.digest_head", name=digest.name, email=digest.email or "–"), style="bold")
    body = message.get_body(("plain",))
    plain = body.get_content() if body is not None else ""
    return head + Text("\n" + str(message["Subject"]) + "\n\n", style="italic") + Text(plain)


def publish_form(app: InnovationApp) -> Any:
    """The form that publishes the public page into a folder (the documents folder's insyn
    by default), and says how many pages it wrote."""
    from pathlib import Path

    from platformdirs import user_documents_dir

    from innovation.publish import publish
    from innovation.tui.screens.forms import FormField, FormScreen

    default = str(Path(user_documents_dir()) / "insyn")
    fields = [FormField("folder", t("tui.f_publish_folder"), limit=1000, default=default)]

    def submit(values: dict[str, Any]) -> str:
        svc = app.service()
        svc.check_may_publish()
        folder = Path(values["folder"].strip()).expanduser()
        site = publish(svc, folder)
        return t("out.published", pages=site.pages, path=str(folder), anchor=site.anchor)

    return FormScreen(t("tui.publish_title"), fields, submit, verb="publish")
