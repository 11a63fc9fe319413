"""Random sequences of commands by random people never break the invariants.

- the phase of every area is reachable from the flow's start by its recorded moves;
- each change writes exactly one audit event, and a refused command writes nothing at all.
"""

from __future__ import annotations

import shutil
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from innovation.domain import Forbidden, InnovationError
from innovation.engine import default_flows
from innovation.service import Service
from innovation.store.database import Database
from tests.conftest import PEOPLE, Clock, assert_refused_cleanly, dump
from tests.pg import PgServer

_TEMPLATE: Path | None = None
PHASES = ["nulage", "avgransning", "nylage", "test", "adopt", "learn", "nowhere"]
USERS = [p[0] for p in PEOPLE] + ["stranger"]


def populate(db: Database) -> None:
    """The people and the two areas every run starts from."""
    clock = Clock()
    for username, name, roles in PEOPLE:
        Service(db, "ada", clock=clock).add_person(username, name=name, roles=roles)
    Service(db, "ada", clock=clock).create_area(
        "Hur?", track="malsokande", fadder="fred", ledartrojor=["lea", "leo"]
    )
    Service(db, "ada", clock=clock).create_area(
        "Hur mäter vi?", track="malstyrt", fadder="frida", ledartrojor=["leo", "mia"]
    )
    db.close()


def template() -> Path:
    global _TEMPLATE
    if _TEMPLATE is None:
        folder = Path(tempfile.mkdtemp(prefix="inv-"))
        _TEMPLATE = folder / "template.sqlite"
        populate(Database(str(_TEMPLATE)))
    return _TEMPLATE


class Workspace(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.db = self.open()
        self.clock = Clock()
        self.events = len(self.svc("ada").history())

    def open(self) -> Database:
        self.folder = Path(tempfile.mkdtemp(prefix="ws-"))
        path = self.folder / "ws.sqlite"
        shutil.copy(template(), path)
        return Database(str(path))

    def teardown(self) -> None:
        self.db.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def svc(self, who: str) -> Service:
        return Service(self.db, who, clock=self.clock)

    def attempt(self, who: str, action: Any) -> None:
        self.clock.advance(hours=1)
        before = dump(self.db)
        try:
            action(self.svc(who))
        except InnovationError as exc:
            assert_refused_cleanly(self.db, before, denied=isinstance(exc, Forbidden))
            self.events = len(self.svc("ada").history())
            return
        events = len(self.svc("ada").history())
        assert events == self.events + 1, "a change must write exactly one audit event"
        self.events = events

    areas = st.sampled_from(["O1", "O2"])
    users = st.sampled_from(USERS)
    texts = st.text(min_size=0, max_size=12)

    @rule(who=users, area=areas, residents=st.integers(-1, 3), staff=st.integers(0, 2))
    def activity(self, who: str, area: str, residents: int, staff: int) -> None:
        self.attempt(
            who,
            lambda s: s.add_activity(area, kind="workshop", residents=residents, staff=staff),
        )

    @rule(who=users, area=areas, text=texts, what=st.sampled_from(["scope", "nylage", "owner"]))
    def statement(self, who: str, area: str, text: str, what: str) -> None:
        self.attempt(who, lambda s: getattr(s, f"set_{what}")(area, text))

    @rule(who=users, area=areas, text=texts)
    def test_and_lesson(self, who: str, area: str, text: str) -> None:
        self.attempt(who, lambda s: s.add_test(area, hypothesis=text))
        self.attempt(who, lambda s: s.add_lesson(area, text))

    @rule(who=users, test=st.integers(1, 4), outcome=st.sampled_from(["worked", "did-not-work"]))
    def result(self, who: str, test: int, outcome: str) -> None:
        self.attempt(who, lambda s: s.record_result(f"T{test}", result="r", outcome=outcome))

    @rule(who=users, area=areas)
    def indicator(self, who: str, area: str) -> None:
        self.attempt(
            who,
            lambda s: s.add_indicator(
                area, name="n", unit="%", baseline_year=2021, baseline=1.0, target="2"
            ),
        )

    @rule(who=users, area=areas, dest=st.sampled_from(PHASES), reason=texts)
    def move(self, who: str, area: str, dest: str, reason: str) -> None:
        self.attempt(who, lambda s: s.move(area, dest, reason=reason))

    @rule(
        who=users,
        req=st.integers(1, 6),
        how=st.sampled_from(["go", "recycle", "hold", "kill", "withdraw"]),
        back_to=st.sampled_from([None, "nulage", "avgransning", "nylage", "test"]),
        comment=texts,
    )
    def decide(self, who: str, req: int, how: str, back_to: str | None, comment: str) -> None:
        key = f"R{req}"
        actions = {
            "go": lambda s: s.approve(key, comment=comment),
            "recycle": lambda s: s.reject(key, comment=comment, back_to=back_to),
            "hold": lambda s: s.hold(key, until="2025-T1", comment=comment),
            "kill": lambda s: s.kill(key, comment=comment),
            "withdraw": lambda s: s.withdraw(key),
        }
        self.attempt(who, actions[how])

    @rule(who=users, area=areas)
    def resume(self, who: str, area: str) -> None:
        self.attempt(who, lambda s: s.resume(area))

    @rule(
        area=areas, picks=st.lists(st.integers(0, 1), min_size=1, max_size=4), approve=st.booleans()
    )
    def progress(self, area: str, picks: list[int], approve: bool) -> None:
        """Does what the next steps ask, so deep phases and new cycles are reached too."""
        for pick in picks:
            self._step(area, pick, approve)

    def _step(self, area: str, pick: int, approve: bool) -> None:
        detail = self.svc("ada").show_area(area)
        lead = detail.ledartrojor[pick]
        if detail.request is not None:
            if approve:
                self.attempt(detail.fadder, lambda s: s.approve(detail.request.key))  # type: ignore[union-attr]
            else:
                self.attempt(detail.fadder, lambda s: s.reject(detail.request.key, comment="nej"))  # type: ignore[union-attr]
            return
        if not detail.moves:
            return
        move = detail.moves[pick % len(detail.moves)]
        fill = {
            "medskapande": lambda s: s.add_activity(area, kind="k", staff=1),
            "scope": lambda s: s.set_scope(area, "scope"),
            "nylage": lambda s: s.set_nylage(area, "nyläge"),
            "indicator": lambda s: s.add_indicator(
                area, name="n", unit="%", baseline_year=2021, baseline=1.0, target="2"
            ),
            "test_hypothesis": lambda s: s.add_test(area, hypothesis="h"),
            "owner": lambda s: s.set_owner(area, "ägare"),
            "lesson": lambda s: s.add_lesson(area, "lärdom"),
        }
        for name in move.missing:
            if name == "test_result":
                key = self.svc("ada").show_area(area).tests
                open_tests = [x.key for x in key if x.result is None]
                if not open_tests:
                    self.attempt(lead, lambda s: s.add_test(area, hypothesis="h"))
                    open_tests = [self.svc("ada").show_area(area).tests[-1].key]
                first = open_tests[0]
                self.attempt(
                    lead, lambda s, k=first: s.record_result(k, result="r", outcome="worked")
                )
            else:
                self.attempt(lead, fill[name])
        self.attempt(lead, lambda s: s.move(area, move.to, reason="framåt"))

    @invariant()
    def phases_follow_recorded_moves(self) -> None:
        svc = self.svc("ada")
        for area in svc.list_areas():
            flow = default_flows().get(area.track).flow
            phase, cycle = flow.initial, 1
            for event in svc.history(area.key):
                if "phase" not in event.after or event.kind == "area.create":
                    continue
                assert event.before["phase"] == phase
                dest = event.after["phase"]
                if event.kind in ("move", "request.approve"):
                    assert any(tr.source == phase and tr.dest == dest for tr in flow.transitions)
                elif event.kind == "request.reject":
                    assert dest in flow.earlier(phase)
                else:
                    assert event.kind == "request.kill" and dest == flow.kill
                phase, cycle = dest, event.after["cycle"]
            assert (phase, cycle) == (area.phase, area.cycle)

    @invariant()
    def the_board_head_is_each_columns_start(self) -> None:
        svc = self.svc("ada")
        areas = svc.list_areas()
        counts = Counter(a.phase for a in areas)
        for n in (1, 2):
            head, head_counts = svc.board_head(n)
            assert head_counts == counts
            seen: Counter[str] = Counter()
            expected = []
            for a in areas:
                if seen[a.phase] < n:
                    expected.append(a.key)
                seen[a.phase] += 1
            assert [a.key for a in head] == expected


Workspace.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestWorkspace = Workspace.TestCase


class PgWorkspace(Workspace):
    """The same random commands on a real PostgreSQL server: each run a copy of one template."""

    server: PgServer
    template_name: str

    def open(self) -> Database:
        self.name = self.server.create_database(self.template_name)
        return Database(self.server.url(self.name))

    def teardown(self) -> None:
        self.db.close()
        self.server.drop_database(self.name)


def test_the_invariants_hold_on_postgresql(pg_template: tuple[PgServer, str]) -> None:
    server, migrated = pg_template
    name = server.create_database(migrated)
    populate(Database(server.url(name)))
    PgWorkspace.server, PgWorkspace.template_name = server, name
    run_state_machine_as_test(
        PgWorkspace,
        settings=settings(
            max_examples=6,
            stateful_step_count=30,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
