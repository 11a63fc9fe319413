"""What every command shares: the options given around it, who acts, the workspace's service."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, cast

from innovation.domain import Refused
from innovation.plain import Plain

if TYPE_CHECKING:
    from innovation.service import Service
    from innovation.settings import Settings
    from innovation.store.database import Database
    from innovation.tui.app import InnovationApp
    from innovation.tui.opening import Opening


class Ctx(Plain):
    """The options given before or after the command (--db, --as, --lang, --json)."""

    db: str | None = None
    actor: str | None = None
    lang: str | None = None
    json: bool = False
    # The day what the command records happened, and why when that day is in a closed period.
    on: str | None = None
    amend: str | None = None

    def settings(self) -> Settings:
        from innovation.settings import Settings

        return Settings.resolve(db=self.db, actor=self.actor, lang=self.lang)

    def database(self, settings: Settings | None = None) -> Database:
        from innovation.store.database import Database

        return Database((settings or self.settings()).db_url)

    def service(self) -> Service:
        """The service for whoever acts, dated when the command names a day; what it answers
        reaches the terminal inert (text.Inert). JSON needs no such pass: the encoder escapes
        every control character itself (and output.dumps the few it leaves raw)."""
        from innovation.service import Service
        from innovation.text import Inert

        settings = self.settings()
        database = self.database(settings)
        svc = Service(database, acting(settings, database))
        if self.on or self.amend:
            svc = svc.dated(self.on, amend=self.amend)
        return svc if self.json else cast("Service", Inert(svc))


def acting(settings: Settings, database: Database) -> str:
    """Who acts. Reached over SSH: the person the key names (set by ssh-serve, which no client
    can change). On SQLite: --as, INNOVATION_USER or the OS login. On PostgreSQL: the same when
    the program runs on the server as the service role (its operator is trusted), otherwise
    the database login itself, which the database lets read and nothing more."""
    reached = os.environ.get("INNOVATION_SSH_USER")
    if reached:
        return reached
    if database.is_sqlite or database.is_service():
        return settings.actor
    if settings.actor_given:
        raise Refused("error.as_on_shared", login=database.login())
    return database.login()


def open_tui(ctx: Ctx, *, demo: bool = False, settings: Settings | None = None) -> None:
    """Runs the terminal UI; it needs a person of this workspace (the demo lets you switch)."""
    app = prepare_tui(ctx, demo=demo, settings=settings)  # a stranger is told so first
    need_terminal(demo=demo)
    app.run()


def need_terminal(*, demo: bool = False) -> None:
    """Refuses to start the terminal UI without a terminal to read keys from and draw on
    (Textual reads standard input and draws on standard error): from a script, a pipe or
    cron it would draw into a file and wait for keys that never come, at full CPU."""
    import sys

    if all(s is not None and s.isatty() for s in (sys.__stdin__, sys.__stderr__)):
        return
    example = "innovation demo --no-tui" if demo else "innovation area list"
    raise Refused("error.tui_needs_tty", example=example)


def prepare_tui(ctx: Ctx, *, demo: bool = False, settings: Settings | None = None) -> InnovationApp:
    """The terminal UI, its first screen's data read: by a forked child while this process
    imports Textual where that is possible (tui/opening.py), here otherwise."""
    from innovation.tui.opening import first_reads, in_child

    resolved = settings or ctx.settings()

    def read_ahead() -> Opening:
        database = ctx.database(resolved)
        try:
            return first_reads(database, acting(resolved, database), demo=demo)
        finally:
            database.close()

    child = in_child(read_ahead)  # before Textual is imported: the two run side by side
    from innovation.store.database import Database
    from innovation.tui.app import InnovationApp

    first = child.result() if child else None
    if first is None:
        database = ctx.database(resolved)
        first = first_reads(database, acting(resolved, database), demo=demo)
    else:  # the child looked at the database: the UI connects when it first reads
        database = Database(resolved.db_url, found=first.found)
    return InnovationApp(database, first.actor, demo=demo and database.is_sqlite, first=first)
