"""The TUI's first reads (who acts, the people, the board), made in a forked child process
while this one imports Textual.

Importing Textual takes a quarter of a second and the database driver (psycopg) another tenth
or more; both hold the interpreter's lock, so a thread cannot overlap them, but a second
process on the other core can. The child reads what the first screen shows and hands it back
through a pipe; the UI then paints the board without waiting for the driver, which it imports
while the person reads the board. This module imports no Textual: the child must not pay for
what the parent is importing.

Where there is no fork, or a thread already runs (forking it is unsafe), or the child fails in
any way, the UI makes the same reads itself as before, and a refusal (an unknown person, a
server that cannot be reached) reaches the person from there with its own message.
"""

from __future__ import annotations

import os
import pickle
import shutil
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

from innovation.domain import NotFound, Refused
from innovation.plain import Plain

if TYPE_CHECKING:
    from innovation.service.views import PersonView
    from innovation.store.database import Database
    from innovation.tui.board_data import BoardData

T = TypeVar("T")


class Opening(Plain, frozen=True):
    """What the first screen needs, read before it is made."""

    actor: str
    people: list[PersonView]
    board: BoardData
    # The newest event when the board was read: a change after it shows at once.
    newest: int
    # What the database held (Database.state), so the UI need not look again.
    found: str


def first_reads(database: Database, actor: str, *, demo: bool = False) -> Opening:
    """The person who acts (who must be one of the workspace's people, except in the demo,
    where `w` switches person), the people, and the board's first screen."""
    from innovation.service import Service
    from innovation.text import Inert
    from innovation.tui.board_data import first_head, read_board

    actor = actor.strip().lower()
    svc: Service = Inert(Service(database, actor))  # type: ignore[assignment]
    people = svc.list_people()
    if actor not in {p.username for p in people}:
        if not people:
            raise Refused("error.no_people")
        if not demo:
            raise NotFound("error.unknown_actor", username=actor)
    # Read before the board: whatever is recorded after this, the UI hears of.
    newest = svc.last_change()
    board = read_board(svc, head=first_head(shutil.get_terminal_size().lines))
    return Opening(actor, people, board, newest, database.state)


class Child(Generic[T]):
    """A forked child computing one value; `result()` waits for it."""

    def __init__(self, pid: int, fd: int) -> None:
        self.pid, self.fd = pid, fd

    def result(self) -> T | None:
        """The child's value, or None if it failed (the caller then does the work itself)."""
        with os.fdopen(self.fd, "rb") as pipe:
            blob = pipe.read()
        _, status = os.waitpid(self.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0 or not blob:
            return None
        # The pipe is this process's own, to a child forked from it: nobody else can write it.
        value: T = pickle.loads(blob)
        return value


def in_child(work: Callable[[], T]) -> Child[T] | None:
    """Starts `work` in a forked child (None where that is not possible or not safe)."""
    if not hasattr(os, "fork") or threading.active_count() > 1:
        return None
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:  # pragma: no cover  (the child; it never returns)
        _child(work, read_end, write_end)
    os.close(write_end)
    return Child(pid, read_end)


def _child(work: Callable[[], object], read_end: int, write_end: int) -> None:
    code = 1
    try:
        os.close(read_end)
        # The terminal is the parent's, about to become its UI: nothing of ours may land there.
        quiet = os.open(os.devnull, os.O_WRONLY)
        os.dup2(quiet, 1)
        os.dup2(quiet, 2)
        blob = pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(blob)
        code = 0
    except BaseException:  # noqa: BLE001, S110  (the parent reads anew and says what is wrong)
        pass
    finally:
        # No cleanup of the parent's: its buffers, atexit handlers and finalizers are its own.
        os._exit(code)
