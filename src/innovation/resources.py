"""Where the flows and migrations are: inside the installed package, or in the checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def data_root() -> Path:
    """The folder holding flows/ and db/.

    A wheel carries them in innovation/_data; an editable install or a plain checkout has
    them at the repository's top, two levels above the package.
    """
    bundled = _PACKAGE / "_data"
    if (bundled / "flows").is_dir():
        return bundled
    checkout = _PACKAGE.parent.parent
    if (checkout / "flows").is_dir():
        return checkout
    raise FileNotFoundError(f"no flows/ beside {_PACKAGE} or in {bundled}")


def flows_dir() -> Path:
    return data_root() / "flows"


def migrations_dir() -> Path:
    return data_root() / "db" / "migrations"


def seed_dir() -> Path:
    return data_root() / "db" / "seed"
