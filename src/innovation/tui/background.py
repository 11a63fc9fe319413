"""Database work in threads that may outlive their screen.

A thread worker that finishes after its screen has left, or after the UI has closed (a change
noticed in the last second before quitting starts one), finds no app to report to: Textual's
thread workers reach the app through the screen they belong to. Such a result has nobody to be
shown to and is dropped; while the UI runs, every error still surfaces.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from textual._context import NoActiveAppError
from textual.dom import DOMNode

P = ParamSpec("P")
R = TypeVar("R")


def unless_closed(work: Callable[P, R]) -> Callable[P, R | None]:
    """Runs `work` (a method of a screen or widget, in a thread worker); drops it quietly if
    the UI closed or the node left it meanwhile."""

    @functools.wraps(work)
    def run(*args: P.args, **kwargs: P.kwargs) -> R | None:
        try:
            return work(*args, **kwargs)
        except RuntimeError:  # NoActiveAppError too; call_from_thread on a stopped app
            node = args[0]
            if isinstance(node, DOMNode) and _closed(node):
                return None
            raise

    return run


def _closed(node: DOMNode) -> bool:
    try:
        return not node.app.is_running
    except NoActiveAppError:
        return True
