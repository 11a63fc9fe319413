"""E-mail for the reminders: the server settings (from the settings file), a digest as a
message in its reader's language (plain text and HTML), and sending it with the standard
library (smtplib). The password is read from the environment or a file and never shown."""

from __future__ import annotations

import os
import smtplib
import ssl
import tomllib
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from innovation.domain import Invalid, Refused
from innovation.i18n import t

if TYPE_CHECKING:
    from innovation.service.reminders import Digest

SECURITY = ("none", "starttls", "tls")


def settings_path() -> Path:
    """INNOVATION_SETTINGS, or settings.toml in the user's configuration folder."""
    named = os.environ.get("INNOVATION_SETTINGS")
    if named:
        return Path(named)
    from platformdirs import user_config_path

    return user_config_path("innovation", appauthor=False) / "settings.toml"


@dataclass(frozen=True)
class MailSettings:
    server: str
    port: int
    security: str
    sender: str
    username: str | None
    password: str | None  # read from password_env or password_file, never from the file itself
    timeout: float = 20.0

    def __repr__(self) -> str:  # a password never reaches a log or a traceback
        return f"MailSettings(server={self.server!r}, port={self.port}, sender={self.sender!r})"

    @classmethod
    def load(cls, path: Path | None = None) -> MailSettings:
        where = path or settings_path()
        try:
            doc = tomllib.loads(where.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise Invalid("mail.no_settings", path=str(where)) from None
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise Invalid("mail.bad_settings", path=str(where), detail=str(exc)) from None
        mail = doc.get("mail")
        if not isinstance(mail, dict):
            raise Invalid("mail.no_section", path=str(where))
        server, sender = mail.get("server"), mail.get("sender")
        if not isinstance(server, str) or not isinstance(sender, str) or "@" not in sender:
            raise Invalid("mail.needs_server", path=str(where))
        security = str(mail.get("security", "starttls")).lower()
        if security not in SECURITY:
            raise Invalid("mail.bad_security", value=security, choices=", ".join(SECURITY))
        port = mail.get("port", {"none": 25, "starttls": 587, "tls": 465}[security])
        if not isinstance(port, int) or not 0 < port < 65536:
            raise Invalid("mail.bad_port", value=port)
        password = None
        if mail.get("password_env"):
            password = os.environ.get(str(mail["password_env"]))
            if password is None:
                raise Invalid("mail.password_env_unset", name=str(mail["password_env"]))
        elif mail.get("password_file"):
            try:
                password = Path(str(mail["password_file"])).read_text(encoding="utf-8").strip()
            except OSError as exc:
                raise Invalid("mail.password_file", path=str(mail["password_file"]),
                              detail=exc.strerror or "") from None  # fmt: skip
        elif "password" in mail:
            raise Invalid("mail.password_in_file", path=str(where))
        username = mail.get("username")
        return cls(server, port, security, sender, str(username) if username else None, password,
                   float(mail.get("timeout", 20)))  # fmt: skip


def compose(digest: Digest, sender: str, workspace: str) -> EmailMessage:
    """The digest as one message: a subject that says how much waits, the items as plain
    text and as HTML, each with what to type or press."""
    from innovation.service.reminders import item_text

    lang = digest.lang
    count = len(digest.items)
    message = EmailMessage()
    message["Subject"] = t("remind.subject", lang=lang, n=count, workspace=workspace)
    message["From"] = sender
    message["To"] = digest.email or ""
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=sender.split("@", 1)[1])
    message["Auto-Submitted"] = "auto-generated"
    hello = t("remind.hello", lang=lang, name=digest.name)
    lines = [hello, "", t("remind.intro", lang=lang), ""]
    rows = []
    for item in digest.items:
        text = item_text(item, lang)
        how = t("remind.how", lang=lang, command=item.command, keys=item.keys)
        lines += [f"- {text}", f"  {how}", ""]
        rows.append(
            f"<li><p>{escape(text)}</p><p><code>{escape(item.command)}</code> · "
            f"{escape(t('remind.tui', lang=lang, keys=item.keys))}</p></li>"
        )
    footer = t("remind.footer", lang=lang, username=digest.username)
    message.set_content("\n".join([*lines, "--", footer]) + "\n")
    message.add_alternative(
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{escape(str(message['Subject']))}</title></head><body>"
        f"<p>{escape(hello)}</p><p>{escape(t('remind.intro', lang=lang))}</p>"
        f"<ul>{''.join(rows)}</ul><hr><p><small>{escape(footer)}</small></p></body></html>",
        subtype="html",
    )
    return message


class Mailer:
    """One connection to the server for a run; `send` raises Refused when the server refuses
    or the connection fails, so the caller records only what was accepted."""

    def __init__(self, settings: MailSettings) -> None:
        self.settings = settings
        self.smtp: smtplib.SMTP | None = None

    def __enter__(self) -> Mailer:
        s = self.settings
        try:
            if s.security == "tls":
                self.smtp = smtplib.SMTP_SSL(
                    s.server, s.port, timeout=s.timeout, context=ssl.create_default_context()
                )
            else:
                self.smtp = smtplib.SMTP(s.server, s.port, timeout=s.timeout)
                if s.security == "starttls":
                    self.smtp.starttls(context=ssl.create_default_context())
            if s.username and s.password is not None:
                self.smtp.login(s.username, s.password)
        except (smtplib.SMTPException, OSError) as exc:
            raise Refused("mail.connect_failed", server=s.server, port=s.port,
                          detail=_why(exc)) from None  # fmt: skip
        return self

    def send(self, message: EmailMessage) -> None:
        assert self.smtp is not None
        try:
            refused = self.smtp.send_message(message)
        except (smtplib.SMTPException, OSError) as exc:
            raise Refused("mail.send_failed", to=str(message["To"]), detail=_why(exc)) from None
        if refused:
            raise Refused("mail.send_failed", to=str(message["To"]), detail=str(refused))

    def __exit__(self, *exc: object) -> None:
        if self.smtp is not None:
            try:
                self.smtp.quit()
            except (smtplib.SMTPException, OSError):
                pass  # the server went away after the last message: nothing to undo


def _why(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        text = (
            exc.smtp_error.decode("utf-8", "replace")
            if isinstance(exc.smtp_error, bytes)
            else str(exc.smtp_error)
        )  # noqa: E501
        return f"{exc.smtp_code} {text}"
    return str(exc) or type(exc).__name__
