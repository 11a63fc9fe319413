"""Settings from options and INNOVATION_* environment variables, with platform paths."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from innovation.plain import Plain

if TYPE_CHECKING:
    from pathlib import Path

APP = "innovation"


def data_dir() -> Path:
    from platformdirs import user_data_path  # only when no database is named

    return user_data_path(APP, appauthor=False)


def default_db_url() -> str:
    return f"sqlite:///{data_dir() / 'innovation.sqlite'}"


def demo_db_url() -> str:
    return f"sqlite:///{data_dir() / 'demo.sqlite'}"


def os_login() -> str:
    import getpass  # only when no one is named (it loads the terminal's modules)

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


class Settings(Plain, frozen=True):
    db_url: str
    actor: str
    lang: str | None
    # Whether --as or INNOVATION_USER named the actor (refused on a shared database).
    actor_given: bool = False

    @classmethod
    def resolve(
        cls, *, db: str | None = None, actor: str | None = None, lang: str | None = None
    ) -> Settings:
        named = actor or os.environ.get("INNOVATION_USER")
        return cls(
            db_url=db or os.environ.get("INNOVATION_DB") or default_db_url(),
            actor=named or os_login(),
            lang=lang or os.environ.get("INNOVATION_LANG"),
            actor_given=bool(named),
        )
