"""Crash safety: a process killed with SIGKILL at random moments loses nothing it reported."""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest

from innovation.service import Service
from innovation.store.database import Database
from tests.conftest import PEOPLE

TRIALS = 100
AREAS = 4


def _worker(path: Path, trial: int, fd: int) -> None:
    """Runs commands until killed, reporting each success only after it returned."""
    db = Database(str(path))
    lead = Service(db, "lea")
    i = 0
    while True:
        area = f"O{i % AREAS + 1}"
        token = f"t{trial}-{i}"
        if i % 3 == 0:
            lead.add_activity(area, kind=token, residents=1)
        else:
            lead.add_lesson(area, token)
        os.write(fd, f"{token}\n".encode())
        i += 1


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
# Two workspaces of 100 kills each, with moments of their own: two workers share them.
@pytest.mark.parametrize("seed", [20241123, 20261127])
def test_sigkill_at_random_moments(tmp_path: Path, seed: int) -> None:
    path = tmp_path / "crash.sqlite"
    db = Database(str(path))
    for username, name, roles in PEOPLE:
        Service(db, "ada").add_person(username, name=name, roles=roles)
    for n in range(AREAS):
        Service(db, "ada").create_area(
            f"Hur kan vi {n}?", track="malsokande", fadder="fred", ledartrojor=["lea", "leo"]
        )
    db.close()
    rng = random.Random(seed)
    reported: list[str] = []
    for trial in range(TRIALS):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns into pytest
            os.close(read_fd)
            try:
                _worker(path, trial, write_fd)
            finally:
                os._exit(1)
        os.close(write_fd)
        pipe = os.fdopen(read_fd, "rb")
        # The kill comes at a random moment after the child's first acknowledged command, so
        # every trial checks real work whatever the machine's load (no count of work per time).
        first = pipe.readline()
        time.sleep(rng.uniform(0.0, 0.04))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        with pipe:
            lines = (first + pipe.read()).decode().split("\n")
        # A last line without its newline was cut off mid-report: not a reported success.
        reported.extend(line for line in lines[:-1] if line)

        db = Database(str(path))
        svc = Service(db, "ada")
        report = svc.verify()
        assert report.ok, (trial, report.broken)
        if trial % 25 == 24:
            # Rebuilding every table from the trail grows with it; every 25th kill is enough
            # to find a table row without its event (each trial's counts below check that too).
            _, differences, _ = svc.replay()
            assert differences == [], (trial, differences)
        with db.read() as tx:
            lessons = {r["text"] for r in tx.all("SELECT text FROM lesson")}
            kinds = {r["kind"] for r in tx.all("SELECT kind FROM activity")}
            counts = {k: tx.value(f"SELECT count(*) FROM {k}") for k in ("lesson", "activity")}
            events = {
                k: tx.value("SELECT count(*) FROM audit_event WHERE kind = :k", k=f"{k}.add")
                for k in ("lesson", "activity")
            }
        db.close()
        # No change without its event, and every reported success is there.
        assert counts == events
        missing = [t for t in reported if t not in lessons and t not in kinds]
        assert missing == [], missing
    assert len(reported) >= TRIALS  # each trial waited for its child's first acknowledgement
