"""Races, forced with barriers and run many times, on both databases: two faddrar deciding the
same request, two ledartröjor moving the same area; exactly one wins, the other is told why,
and the audit chain stays one line."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from innovation.domain import InnovationError
from innovation.service import Service
from innovation.store.database import Database
from tests.conftest import Clock

Svc = Callable[[str], Service]
TRIALS = 200


def race(*calls: Callable[[], Any]) -> list[Any]:
    """Runs the calls at the same moment, one thread each; returns results or the errors."""
    barrier = threading.Barrier(len(calls))
    results: list[Any] = [None] * len(calls)

    def run(i: int, call: Callable[[], Any]) -> None:
        barrier.wait()
        try:
            results[i] = call()
        except InnovationError as exc:
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=60)
    return results


def ready_for_nylage(svc: Svc, area: str) -> None:
    """An area in avgränsning with what the move to nyläge asks for."""
    svc("lea").add_activity(area, kind="workshop", residents=3)
    svc("lea").move(area, "avgransning", reason="klart")
    svc("lea").set_scope(area, "Ingår: unga")


def test_two_faddrar_decide_the_same_request(
    db: Database, svc: Svc, ws: dict[str, str], clock: Clock
) -> None:
    """The fadder and their delegate press Recycle on the same request at the same moment."""
    o1 = ws["sok"]
    ready_for_nylage(svc, o1)
    svc("fred").delegate(o1, to="mia", until="2030-12-31")
    for _ in range(TRIALS):
        request = svc("lea").move(o1, "nylage", reason="klart").request or ""
        outcome = race(
            lambda r=request: Service(db, "fred", clock=clock).reject(r, comment="mer"),
            lambda r=request: Service(db, "mia", clock=clock).reject(r, comment="mer"),
        )
        wins = [r for r in outcome if not isinstance(r, Exception)]
        losses = [r for r in outcome if isinstance(r, Exception)]
        assert len(wins) == 1 and len(losses) == 1, outcome
        assert f"{request} was already rejected by" in losses[0].message("en")
    decided = svc("ada").list_requests(mine=False, status="rejected")
    assert len(decided) == TRIALS
    assert svc("ada").verify().ok
    _, differences, _ = svc("ada").replay()
    assert differences == []


def test_two_ledartrojor_move_the_same_area(
    db: Database, svc: Svc, ws: dict[str, str], clock: Clock
) -> None:
    """Both leads ask for nyläge at once: one request is filed, the other is told it waits."""
    o1 = ws["sok"]
    ready_for_nylage(svc, o1)
    for _ in range(TRIALS):
        outcome = race(
            lambda: Service(db, "lea", clock=clock).move(o1, "nylage", reason="nu"),
            lambda: Service(db, "leo", clock=clock).move(o1, "nylage", reason="nu"),
        )
        wins = [r for r in outcome if not isinstance(r, Exception)]
        losses = [r for r in outcome if isinstance(r, Exception)]
        assert len(wins) == 1 and len(losses) == 1, outcome
        assert "already has an open request" in losses[0].message("en")
        winner = "lea" if not isinstance(outcome[0], Exception) else "leo"
        svc(winner).withdraw(wins[0].request)
    assert len(svc("ada").list_requests(mine=False, status="withdrawn")) == TRIALS
    assert svc("ada").verify().ok


def test_different_areas_do_not_wait_for_each_other(
    db: Database, svc: Svc, ws: dict[str, str], clock: Clock
) -> None:
    o1, o2 = ws["sok"], ws["styr"]
    for _ in range(20):
        outcome = race(
            lambda: Service(db, "lea", clock=clock).add_lesson(o1, "en lärdom"),
            lambda: Service(db, "mia", clock=clock).add_lesson(o2, "en annan"),
        )
        assert not any(isinstance(r, Exception) for r in outcome), outcome
    assert svc("ada").verify().ok and svc("ada").verify().count > 40


def test_a_thread_per_job_never_runs_the_pool_dry(
    db: Database, svc: Svc, ws: dict[str, str]
) -> None:
    """The UI runs each database job in a new thread: a hundred of them, one after another,
    must not wait for connections that ended threads still hold."""
    done: list[int] = []
    for _ in range(100):
        th = threading.Thread(target=lambda: done.append(len(svc("lea").list_areas())))
        th.start()
        th.join(timeout=20)
        assert not th.is_alive(), "a database job waited for a connection"
    assert done == [2] * 100
