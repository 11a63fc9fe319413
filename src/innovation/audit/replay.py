"""Replay: rebuild every area's phase, cycle, hold, people and requests from the events alone.

Each recorded move is judged again by the current flow definitions, with the facts the events
themselves carry (activities, statements, tests, lessons per cycle). A history the current
flows would read differently, or tables that disagree with their history, is a difference.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from innovation.audit.chain import parse_doc
from innovation.domain import AreaFacts
from innovation.engine import Flows
from innovation.engine.machine import missing_for
from innovation.i18n import t
from innovation.store import trail
from innovation.store.projection import Event
from innovation.store.scratch import Difference
from innovation.store.sql import Tx


@dataclass
class AreaState:
    key: str
    track: str
    phase: str
    cycle: int
    fadder: str
    ledartrojor: list[str]
    hold_until: str | None = None
    open_request: str | None = None
    activities: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    tests: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    results: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    lessons: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    statements: dict[str, int] = field(default_factory=dict)
    indicators: int = 0
    ideas: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    merged_into: str | None = None

    def facts(self) -> AreaFacts:
        c = self.cycle
        return AreaFacts(
            key=self.key,
            track=self.track,
            phase=self.phase,
            cycle=c,
            activities=self.activities[c],
            scope=self.statements.get("scope") == c,
            nylage=self.statements.get("nylage") == c,
            indicators_complete=self.indicators,
            tests_with_hypothesis=self.tests[c],
            tests_with_result=self.results[c],
            owner=self.statements.get("owner") == c,
            lessons=self.lessons[c],
            extra=dict(self.ideas),
        )


@dataclass
class Replayed:
    areas: dict[str, AreaState] = field(default_factory=dict)
    # request key -> (status, who decided or None, the request's area, source, dest)
    requests: dict[str, dict[str, Any]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        """The state the history leads to, as plain data (what the recorded-history files keep)."""
        return {
            "areas": {
                k: {
                    "phase": a.phase,
                    "cycle": a.cycle,
                    "hold_until": a.hold_until,
                    "fadder": a.fadder,
                    "ledartrojor": a.ledartrojor,
                    "open_request": a.open_request,
                    # Only merged areas carry it, so histories recorded before merges still match.
                    **({"merged_into": a.merged_into} if a.merged_into else {}),
                }
                for k, a in sorted(self.areas.items(), key=lambda kv: int(kv[0][1:]))
            },
            "requests": {
                k: {"status": r["status"], "decided_by": r["decided_by"]}
                for k, r in sorted(self.requests.items(), key=lambda kv: int(kv[0][1:]))
            },
        }


class _Replayer:
    def __init__(self, flows: Flows) -> None:
        self.flows = flows
        self.out = Replayed()
        self.test_cycle: dict[str, int] = {}
        # What each idea counts towards (ideas, ideas_from_residents, …), to follow it on moves.
        self.idea_counts: dict[str, dict[str, int]] = {}
        self.idea_area: dict[str, str] = {}

    def problem(self, event: Mapping[str, Any], key: str, **params: Any) -> None:
        self.out.problems.append(t("replay.at", event=event["id"], detail=t(key, **params)))

    def _move(self, event: Mapping[str, Any], a: AreaState, dest: str, gated: bool) -> None:
        engine = self.flows.get(a.track)
        tr = engine.transition_to(a.phase, dest)
        if tr is None:
            self.problem(event, "replay.no_move", flow=engine.flow.id, source=a.phase, dest=dest)
            a.phase = dest
            return
        if tr.fadder and not gated:
            self.problem(event, "replay.needs_fadder", source=a.phase, dest=dest)
        missing = missing_for(tr, a.facts())
        if missing:
            self.problem(
                event, "replay.missing", source=a.phase, dest=dest, missing=", ".join(missing)
            )
            a.phase = dest
        else:
            a.phase = engine.fire(a.facts(), tr)
        if tr.new_cycle:
            a.cycle += 1
        recorded = event["after"].get("cycle")
        if recorded is not None and recorded != a.cycle:
            self.problem(event, "replay.cycle", found=recorded, expected=a.cycle)

    def _close(self, event: Mapping[str, Any], a: AreaState, status: str) -> dict[str, Any] | None:
        key = event["subject"]
        req = self.out.requests.get(key)
        if req is None or req["status"] != "open":
            self.problem(event, "replay.not_open", request=key)
            return None
        req["status"] = status
        req["decided_by"] = event["actor"]
        a.open_request = None
        return req

    def _merge(self, event: Mapping[str, Any], after: Mapping[str, Any]) -> None:
        """A new area made from others: it may start at most as far as the least advanced."""
        order = [p.id for p in self.flows.get(after["track"]).flow.phases]
        ranks = []
        for source in after["sources"]:
            state = self.out.areas.get(source)
            if state is None or state.merged_into is not None:
                self.problem(event, "replay.bad_source", area=source)
                continue
            ranks.append(order.index(state.phase) if state.phase in order else 0)
        start = order.index(after["phase"]) if after["phase"] in order else len(order)
        if ranks and start > min(ranks):
            self.problem(event, "replay.merge_phase", phase=after["phase"])
        elif not self._through(event, "start", after["track"], after["phase"]):
            self.problem(event, "replay.merge_phase", phase=after["phase"])

    def _through(self, event: Mapping[str, Any], how: str, track: str, *args: str) -> bool:
        """Runs a decision's phase change (kill, recycle, a merge's start) through the flow's
        machine, as the program did: whether the flow allows it."""
        engine = self.flows.get(track)
        try:
            getattr(engine, how)(*args)
        except RuntimeError:
            return False
        return True

    def apply(self, event: Mapping[str, Any]) -> None:
        kind = event["kind"]
        after: dict[str, Any] = event["after"]
        if kind == "area.merge":
            self._merge(event, after)
            self.out.areas[event["area"]] = AreaState(
                key=event["area"],
                track=after["track"],
                phase=after["phase"],
                cycle=after["cycle"],
                fadder=after["fadder"],
                ledartrojor=[after["ledartroja1"], after["ledartroja2"]],
            )
            return
        if kind == "area.create":
            self.out.areas[event["area"]] = AreaState(
                key=event["area"],
                track=after["track"],
                phase=after["phase"],
                cycle=after["cycle"],
                fadder=after["fadder"],
                ledartrojor=[after["ledartroja1"], after["ledartroja2"]],
            )
            flow = self.flows.get(after["track"]).flow
            if after["phase"] != flow.initial:
                self.problem(event, "replay.initial", phase=after["phase"], initial=flow.initial)
            return
        if event["area"] is None or event["area"] not in self.out.areas:
            return
        a = self.out.areas[event["area"]]
        if a.merged_into is not None and kind not in ("annotation", "denied"):
            self.problem(event, "replay.after_merge", area=a.key, into=a.merged_into)
        if kind == "activity.add":
            a.activities[after["cycle"]] += 1
        elif kind in ("scope.set", "nylage.set", "owner.set"):
            a.statements[kind.split(".")[0]] = after["cycle"]
        elif kind == "indicator.add":
            a.indicators += 1
        elif kind == "test.add":
            a.tests[after["cycle"]] += 1
            self.test_cycle[event["subject"]] = after["cycle"]
        elif kind == "test.result":
            a.results[self.test_cycle.get(event["subject"], a.cycle)] += 1
        elif kind == "lesson.add":
            a.lessons[after["cycle"]] += 1
        elif kind == "idea.add":
            self.idea_area[event["subject"]] = a.key
            self.idea_counts[event["subject"]] = _idea_counts(after)
            _add_counts(a.ideas, self.idea_counts[event["subject"]], 1)
        elif kind == "idea.promote":
            a.tests[after["cycle"]] += 1
            a.ideas["promoted_ideas"] += 1
            self.test_cycle[after["test"]] = after["cycle"]
            self.idea_counts.get(event["subject"], {})["promoted_ideas"] = 1
        elif kind == "idea.move":
            counts = self.idea_counts.get(event["subject"], {})
            target = self.out.areas.get(after["area"])
            _add_counts(a.ideas, counts, -1)
            if target is not None:
                _add_counts(target.ideas, counts, 1)
        elif kind == "move":
            self._move(event, a, after["phase"], gated=False)
        elif kind == "request.file":
            engine = self.flows.get(a.track)
            tr = engine.transition_to(after["source"], after["dest"])
            if tr is None or not tr.fadder:
                self.problem(event, "replay.not_gated", source=after["source"], dest=after["dest"])
            self.out.requests[event["subject"]] = {
                "status": "open",
                "decided_by": None,
                "area": a.key,
                "source": after["source"],
                "dest": after["dest"],
            }
            a.open_request = event["subject"]
        elif kind == "request.approve":
            req = self._close(event, a, "approved")
            if req is not None:
                self._move(event, a, req["dest"], gated=True)
        elif kind == "request.reject":
            self._close(event, a, "rejected")
            if "phase" in after:
                if not self._through(event, "back", a.track, a.phase, after["phase"]):
                    self.problem(event, "replay.not_earlier", phase=after["phase"], current=a.phase)
                a.phase = after["phase"]
        elif kind == "request.hold":
            self._close(event, a, "held")
            a.hold_until = after["hold_until"]
        elif kind == "request.kill":
            self._close(event, a, "killed")
            a.lessons[a.cycle] += 1
            try:
                a.phase = self.flows.get(a.track).kill(a.phase)
            except RuntimeError:
                self.problem(event, "replay.no_kill", phase=a.phase, flow=a.track)
        elif kind == "request.withdraw":
            self._close(event, a, "withdrawn")
        elif kind == "area.resume":
            a.hold_until = None
        elif kind == "area.assign":
            a.fadder = after["fadder"]
            a.ledartrojor = list(after["ledartrojor"])
        elif kind == "area.handover":
            a.ledartrojor = list(after["ledartrojor"])
        elif kind == "area.merged":
            a.merged_into = after["merged_into"]


def _idea_counts(after: Mapping[str, Any]) -> dict[str, int]:
    counts = {"ideas": 1}
    if after.get("source") == "resident":
        counts["ideas_from_residents"] = 1
    if after.get("source") == "employee":
        counts["ideas_from_staff"] = 1
    if after.get("kind") == "stop":
        counts["stop_ideas"] = 1
    return counts


def _add_counts(into: dict[str, int], counts: Mapping[str, int], sign: int) -> None:
    for name, value in counts.items():
        into[name] += sign * value


def replay(events: Iterable[Mapping[str, Any]], flows: Flows) -> Replayed:
    """The state the events lead to through the given flows, with what they disagree on."""
    replayer = _Replayer(flows)
    for event in events:
        replayer.apply(event)
    return replayer.out


def events_from_db(tx: Tx, *, with_doc: bool = False) -> Iterator[Event]:
    """Every event, read from its hashed document (never from the columns derived from it);
    `with_doc` keeps the document and its hash with it (as "doc" and "hash")."""
    rows = trail.documents_hashes(tx)
    for doc, digest in rows:
        event = Event.of(parse_doc(doc))
        if with_doc:
            event["doc"], event["hash"] = doc, digest
        yield event


def differences_text(found: list[Difference]) -> list[str]:
    """What replay found, as sentences."""
    lines = []
    for d in found:
        if d.how == "changed":
            lines.append(
                t(
                    "replay.row_changed",
                    table=d.table,
                    row=d.row,
                    column=d.column,
                    database=_shown(d.database),
                    trail=_shown(d.trail),
                )
            )
        else:
            lines.append(t(f"replay.row_{d.how}", table=d.table, row=d.row))
    return lines


def _shown(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, str):
        return repr(value if len(value) <= 60 else value[:59] + "…")
    return str(value)
