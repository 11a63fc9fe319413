"""Where the flows and migrations are: inside the installed package, or in the checkout.

Folders are given as text (os.path), not pathlib: pathlib costs a command 5–10 ms to import
(with urllib and ipaddress), and every command asks for the flows' folder."""

from __future__ import annotations

import os
from functools import cache

_PACKAGE = os.path.dirname(os.path.realpath(__file__))


@cache
def data_root() -> str:
    """The folder holding flows/ and db/.

    A wheel carries them in innovation/_data; an editable install or a plain checkout has
    them at the repository's top, two levels above the package.
    """
    bundled = os.path.join(_PACKAGE, "_data")
    if os.path.isdir(os.path.join(bundled, "flows")):
        return bundled
    checkout = os.path.dirname(os.path.dirname(_PACKAGE))
    if os.path.isdir(os.path.join(checkout, "flows")):
        return checkout
    raise FileNotFoundError(f"no flows/ beside {_PACKAGE} or in {bundled}")


def flows_dir() -> str:
    return os.path.join(data_root(), "flows")


def migrations_dir() -> str:
    return os.path.join(data_root(), "db", "migrations")


def seed_dir() -> str:
    return os.path.join(data_root(), "db", "seed")
