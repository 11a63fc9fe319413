"""The record in time: dated commands, the rules on their days, and the state on any day.

The state on a day is the trail up to that day projected into a database of its own; a
property test checks it against the trail read in the order it was recorded, on both
databases.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from innovation.audit import replay as replay_mod
from innovation.domain import InnovationError, Invalid, Refused
from innovation.service import Service
from innovation.service.base import STEP_KINDS
from innovation.store.database import Database
from innovation.store.projection import Projector
from innovation.store.scratch import Scratch
from tests.conftest import PEOPLE, Clock, assert_refused_cleanly, dump

Svc = Callable[[str], Service]


def refused(db: Database, kind: type[Exception], action: Callable[[], object]) -> str:
    before = dump(db)
    with pytest.raises(kind) as caught:
        action()
    assert_refused_cleanly(db, before, denied=False)
    return str(caught.value)


def test_work_is_recorded_on_the_day_it_happened(svc: Svc, db: Database, clock: Clock) -> None:
    for username, name, roles in PEOPLE:
        svc("ada").add_person(username, name=name, roles=roles)
    o1 = (
        svc("ada")
        .dated("2024-02-01")
        .create_area("Hur kan vi?", track="malsokande", fadder="fred", ledartrojor=["lea", "leo"])
    )
    lea = svc("lea")
    a1 = lea.dated("2024-03-01").add_activity(o1, kind="workshop", residents=12)
    assert lea.show_area(o1).activities[0].date == "2024-03-01"
    lea.dated("2024-03-05").move(o1, "avgransning", reason="Nuläget är kartlagt")
    # Before the area existed, in the future, before its latest step: refused, nothing written.
    assert "before 2024-02-01, when O1 started" in refused(
        db, Refused, lambda: lea.dated("2024-01-15").add_lesson(o1, "x")
    )
    assert "in the future" in refused(
        db, Invalid, lambda: lea.dated("2024-05-02").add_lesson(o1, "x")
    )
    assert "before 2024-03-05, the day of O1's move" in refused(
        db, Refused, lambda: lea.dated("2024-03-04").add_lesson(o1, "x")
    )
    # Work between two steps may come in any order; a step not before anything recorded.
    lea.dated("2024-03-20").add_activity(o1, kind="enkät", residents=40)
    lea.dated("2024-03-10").add_activity(o1, kind="intervjuer", residents=5)
    lea.dated("2024-03-12").set_scope(o1, "Ingår: unga.")
    assert "before 2024-03-20, the day of O1's co-creation" in refused(
        db, Refused, lambda: lea.dated("2024-03-15").move(o1, "nylage", reason="r")
    )
    lea.dated("2024-03-22").move(o1, "nylage", reason="Avgränsat")
    req = svc("ada").show_area(o1).request
    assert req is not None
    assert "a decision cannot be dated before its request" in refused(
        db, Refused, lambda: svc("fred").dated("2024-03-21").approve(req.key)
    )
    svc("fred").dated("2024-03-25").approve(req.key, comment="Kör")
    # History shows the day it happened, and the day it was recorded beside it.
    events = svc("ada").history(o1)
    first = next(e for e in events if e.subject == a1)
    assert (first.on, first.at[:10]) == ("2024-03-01", "2024-05-01")
    # The day view: O1 as it stood on 2024-03-21, and on 2024-03-25.
    day = svc("ada").as_of("2024-03-21").show_area(o1)
    assert (day.phase, day.request) == ("avgransning", None)
    assert [a.date for a in day.activities] == ["2024-03-01", "2024-03-10", "2024-03-20"]
    assert svc("ada").as_of("2024-03-25").show_area(o1).phase == "nylage"
    assert svc("ada").as_of("2024-02-10").list_areas()[0].phase == "nulage"
    assert svc("ada").as_of("2024-01-31").list_areas() == []
    # Asked for an area on a day before it was made: when it was, not that it does not exist.
    with pytest.raises(InnovationError) as caught:
        svc("ada").as_of("2024-01-31").show_area(o1)
    assert (
        str(caught.value)
        == f"{o1} did not exist yet at the end of 2024-01-31: it was made on 2024-02-01."
    )
    with pytest.raises(InnovationError, match="There is no area O99"):
        svc("ada").as_of("2024-03-25").show_area("O99")
    assert svc("ada").as_of("2024-01-31").before_any_area() == date(2024, 2, 1)
    assert svc("ada").as_of("2024-02-01").before_any_area() is None
    view = svc("lea").as_of("2024-03-25")
    assert "earlier day" in refused(db, Refused, lambda: view.add_lesson(o1, "x"))


def test_a_closed_period_takes_an_amendment_only(svc: Svc, ws: dict[str, str], clock: Clock,
                                                 db: Database) -> None:  # fmt: skip
    o1 = ws["sok"]
    svc("ada").open_period("2024-T2")
    clock.advance(days=130)  # 2024-09-08: T2 has ended
    svc("ada").close_period("2024-T2")
    lea = svc("lea")
    assert "is in 2024-T2, which is closed" in refused(
        db, Refused, lambda: lea.dated("2024-08-20").add_activity(o1, kind="k", residents=1)
    )
    assert "--amend" in refused(
        db, Refused, lambda: lea.dated("2024-08-20").add_activity(o1, kind="k", residents=1)
    )
    lea.dated("2024-08-20", amend="Workshopen glömdes bort").add_activity(o1, kind="k", residents=1)
    lea.dated("2024-09-02").add_activity(o1, kind="k", residents=2)


# The property ---------------------------------------------------------------------------------
START = datetime(2024, 1, 8, 9, 0, tzinfo=UTC)
# "advance" does what the area needs next (the first missing requirement, the move, or the
# fadder's approval), so that histories reach every phase; the rest come at random.
OPS = ("advance", "advance", "advance", "advance", "advance", "activity", "lesson", "reject",
       "hold", "resume", "move")  # fmt: skip
NEEDS = {"medskapande": "activity", "scope": "scope", "nylage": "nylage",
         "test_hypothesis": "test", "test_result": "result", "owner": "owner",
         "lesson": "lesson"}  # fmt: skip


@contextmanager
def fresh(backend: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    if backend == "sqlite":
        folder = Path(tempfile.mkdtemp(prefix="timeline-"))
        shutil.copy(request.getfixturevalue("_template"), folder / "ws.sqlite")
        db = Database(str(folder / "ws.sqlite"))
        try:
            yield db
        finally:
            db.close()
            shutil.rmtree(folder, ignore_errors=True)
    else:
        server, template = request.getfixturevalue("pg_template")
        db = Database(server.url(server.create_database(template)))
        try:
            yield db
        finally:
            db.close()


def _run(db: Database, ops: list[tuple[str, int, int]]) -> None:
    clock = Clock()
    clock.now = START

    def s(who: str) -> Service:
        return Service(db, who, clock=clock)

    for username, name, roles in PEOPLE:
        s("ada").add_person(username, name=name, roles=roles)
    s("ada").create_area("Hur?", track="malsokande", fadder="fred", ledartrojor=["lea", "leo"])
    s("ada").create_area("Hur mäter vi?", track="malstyrt", fadder="frida",
                         ledartrojor=["leo", "mia"])  # fmt: skip
    for op, step, back in ops:
        clock.advance(days=step)
        area = "O1" if back % 2 else "O2"
        lead, fadder = ("lea", "fred") if area == "O1" else ("mia", "frida")
        # Mostly today, sometimes a day or two back (sometimes refused for it).
        day = (clock.now - timedelta(days=(back // 2) % 3 * 2)).date().isoformat()
        detail = s("ada").show_area(area)
        ready = [m.to for m in detail.moves if not m.missing]
        req = detail.request.key if detail.request else None
        if op == "advance":
            if req is not None:
                op = "approve"
            elif ready:
                op = "move"
            elif detail.moves:
                op = NEEDS.get(detail.moves[0].missing[0].split(":")[0], "activity")
        try:
            _act(s, op, area, lead, fadder, day, detail, ready, req)
        except (InnovationError, IndexError, AttributeError):
            continue  # refused (or nothing to act on): the property is about what was kept


def _act(
    s: Callable[[str], Service],
    op: str,
    area: str,
    lead: str,
    fadder: str,
    day: str,
    detail: Any,
    ready: list[str],
    req: str | None,
) -> None:
    led, decides = s(lead).dated(day), s(fadder).dated(day)
    if op == "activity":
        led.add_activity(area, kind="k", residents=1)
    elif op == "scope":
        led.set_scope(area, "Ingår: x")
    elif op == "nylage":
        led.set_nylage(area, "Nytt")
    elif op == "test":
        led.add_test(area, hypothesis="h")
    elif op == "lesson":
        led.add_lesson(area, "l")
    elif op == "owner":
        led.set_owner(area, "Förvaltningen")
    elif op == "result":
        led.record_result(detail.tests[-1].key, result="r", outcome="worked")
    elif op == "move":
        led.move(area, ready[0], reason="r")
    elif op == "approve":
        decides.approve(str(req))
    elif op == "reject":
        decides.reject(str(req), comment="c")
    elif op == "hold":
        decides.hold(str(req), until="2030-T1", comment="c")
    elif op == "resume":
        decides.resume(area)


def _step_state(svc: Service, area: str) -> tuple[Any, ...] | None:
    areas = {a.key: a for a in svc.list_areas(merged=True)}
    if area not in areas:
        return None
    d = svc.show_area(area)
    return (d.phase, d.cycle, d.hold.until if d.hold else None, d.fadder, tuple(d.ledartrojor),
            d.request.key if d.request else None)  # fmt: skip


@given(
    ops=st.lists(
        st.tuples(st.sampled_from(OPS), st.integers(0, 6), st.integers(0, 9)),
        min_size=10,
        max_size=40,
    )
)
@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_state_on_each_day_is_the_trail_read_in_order(
    backend: str, request: pytest.FixtureRequest, ops: list[tuple[str, int, int]]
) -> None:
    with fresh(backend, request) as db:
        _run(db, ops)
        viewer = Service(db, "ada", clock=lambda: START + timedelta(days=400))
        with db.read() as tx:
            events = list(replay_mod.events_from_db(tx))
        scratch = Scratch(db)
        try:
            in_order = Service(scratch.db, "ada", clock=viewer.clock)
            with scratch.db.write() as stx:
                projector = Projector(stx)
                for i, event in enumerate(events):
                    projector.apply(event)
                    area = event["area"]
                    if area is None or event["kind"] not in (*STEP_KINDS, "activity.add"):
                        continue
                    later = [e for e in events[i + 1 :] if e["area"] == area]
                    if any(e["day"] == event["day"] for e in later):
                        continue  # the day's view holds what came later that day too
                    day: date = event["day"]
                    by_day = _step_state(viewer.as_of(day), area)
                    in_order.clock = lambda day=day: _end(day)
                    by_order = _read_uncommitted(scratch, in_order, area)
                    assert by_day == by_order, (event["id"], event["kind"], day)
        finally:
            scratch.close()


def _end(day: date) -> datetime:
    from innovation.timeutil import day_end

    return day_end(day)


def _read_uncommitted(scratch: Scratch, svc: Service, area: str) -> tuple[Any, ...] | None:
    # The projection is still in its transaction on this thread; the service's reads join it.
    assert scratch.db.in_transaction()
    return _step_state(svc, area)
