"""Reminders through a real SMTP server on loopback (aiosmtpd): each person's digest of what
waits for them, in their language, never twice, and nothing marked sent that the server
refused or that a dropped connection lost."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import Envelope, Session

from innovation.service import Service
from innovation.store.database import Database
from tests.cli import invoke


class Inbox:
    """A loopback SMTP server that keeps what it accepts; `refuse` and `drop` misbehave."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.refuse: set[str] = set()
        self.drop = False

    async def handle_RCPT(  # noqa: N802 (aiosmtpd's hook names)
        self, server: Any, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if address in self.refuse:
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Session, envelope: Envelope) -> str:  # noqa: N802
        if self.drop:
            server.transport.close()  # the connection goes away mid-conversation
            return "421 closing"
        message = message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(message, EmailMessage)
        self.messages.append(message)
        return "250 Message accepted"


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp(tmp_path: Path) -> Iterator[tuple[Inbox, Path]]:
    inbox = Inbox()
    port = _port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings = tmp_path / "settings.toml"
    settings.write_text(
        f'[mail]\nserver = "127.0.0.1"\nport = {port}\nsecurity = "none"\n'
        'sender = "innovation@tyreso.example"\n',
        encoding="utf-8",
    )
    try:
        yield inbox, settings
    finally:
        controller.stop()


@pytest.fixture
def work(demo_db: Path) -> Path:
    db = Database(str(demo_db))
    admin = Service(db, "ada")
    admin.set_contact("maja", email="maja@tyreso.example", digest="daily")  # decides R13
    admin.set_contact("greta", email="greta@tyreso.example", digest="daily", lang="en")  # R9
    admin.set_contact("karl", email="karl@tyreso.example", digest="none")
    db.close()
    return demo_db


def remind(db: Path, settings: Path, *args: str) -> Any:
    env = {"INNOVATION_DB": str(db), "INNOVATION_USER": "fia", "INNOVATION_SETTINGS": str(settings),
           "INNOVATION_LANG": "sv"}  # fmt: skip
    return invoke(["remind", *args], env)


def test_each_person_gets_one_digest_in_their_language(
    work: Path, smtp: tuple[Inbox, Path]
) -> None:
    inbox, settings = smtp
    result = remind(work, settings)
    assert result.exit_code == 0, result.output
    by = {str(m["To"]): m for m in inbox.messages}
    assert set(by) == {"maja@tyreso.example", "greta@tyreso.example"}  # karl chose none
    maja = by["maja@tyreso.example"]
    assert "väntar på dig" in str(maja["Subject"])
    text = maja.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "Begäran R13 om O9 (Test → Adopt) väntar på ditt beslut" in text
    assert "innovation approve R13" in text
    html = maja.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert '<html lang="sv">' in html and "R13" in html
    greta = by["greta@tyreso.example"].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "Request R9 on O11" in greta and "waited" in greta
    # The same day again: nothing is sent twice.
    again = remind(work, settings)
    assert again.exit_code == 0 and len(inbox.messages) == 2
    assert "Inget att påminna om nu" in again.output


def test_a_refused_address_or_a_dropped_connection_is_not_marked_sent(
    work: Path, smtp: tuple[Inbox, Path]
) -> None:
    inbox, settings = smtp
    inbox.refuse = {"maja@tyreso.example"}
    result = remind(work, settings)
    assert result.exit_code == 1
    assert "did not accept" in result.stderr or "tog inte emot" in result.stderr
    assert [str(m["To"]) for m in inbox.messages] == ["greta@tyreso.example"]
    inbox.refuse = set()
    inbox.drop = True
    dropped = remind(work, settings)
    assert dropped.exit_code == 1 and len(inbox.messages) == 1
    inbox.drop = False
    caught_up = remind(work, settings)  # the next run sends what the others did not
    assert caught_up.exit_code == 0
    assert [str(m["To"]) for m in inbox.messages] == [
        "greta@tyreso.example", "maja@tyreso.example",
    ]  # fmt: skip
    sent = Service(Database(str(work)), "fia").audit_list(kind="reminder.sent")
    assert [e.subject for e in sent] == ["greta", "maja"]


def test_dry_run_and_preview_send_nothing(work: Path, smtp: tuple[Inbox, Path]) -> None:
    inbox, settings = smtp
    result = remind(work, settings, "--dry-run")
    assert result.exit_code == 0 and "Maja Holmgren" in result.output
    preview = remind(work, settings, "--preview", "karl", "--json")
    items = json.loads(preview.stdout)[0]["items"]
    assert all("command" in i for i in items)
    assert inbox.messages == []
    assert Service(Database(str(work)), "fia").audit_list(kind="reminder.sent") == []


def test_only_a_facilitator_sends_and_the_password_is_never_shown(
    work: Path, tmp_path: Path
) -> None:
    settings = tmp_path / "s.toml"
    settings.write_text('[mail]\nserver = "x"\nsender = "a@b.se"\npassword = "hemligt"\n')
    env = {
        "INNOVATION_DB": str(work),
        "INNOVATION_SETTINGS": str(settings),
        "INNOVATION_LANG": "en",
    }
    refused = invoke(["--as", "maja", "remind"], env)
    assert refused.exit_code == 1 and "may not send reminders" in refused.stderr
    result = invoke(["--as", "fia", "remind"], env)
    assert result.exit_code == 1 and "Do not write the password" in result.stderr
    assert "hemligt" not in result.output
