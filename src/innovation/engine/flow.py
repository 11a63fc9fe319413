"""Flow definitions: parsed from TOML, validated, and reported with where each problem is."""

from __future__ import annotations

import os
import re
from collections import deque
from typing import Any

from innovation.engine.requirements import REQUIREMENTS, lookup
from innovation.i18n import t
from innovation.plain import Plain

_ID = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


class Phase(Plain, frozen=True):
    id: str
    label: str
    help: str
    end: bool = False
    # The phase's name in English (the label, in the users' language, is the default).
    label_en: str = ""
    # An area that stays longer than this in the phase (over all its cycles) is flagged.
    max_days: int | None = None
    # An end phase where what was tested became the ordinary way of working (the report
    # counts these as adoptions); other end phases keep a lesson.
    adopts: bool = False


class Transition(Plain, frozen=True):
    trigger: str
    source: str
    dest: str
    fadder: bool
    requires: tuple[str, ...]
    new_cycle: bool = False
    help: str = ""


class Flow(Plain, frozen=True):
    id: str
    label: str
    help: str
    initial: str
    phases: tuple[Phase, ...]
    transitions: tuple[Transition, ...]
    # Where a fadder's Kill decision sends an area from any phase that is not an end.
    kill: str | None = None
    # The flow's name in English (the label, in the users' language, is the default).
    label_en: str = ""

    def phase(self, phase_id: str) -> Phase | None:
        return next((p for p in self.phases if p.id == phase_id), None)

    @property
    def phase_ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.phases)

    def from_phase(self, phase_id: str) -> tuple[Transition, ...]:
        return tuple(tr for tr in self.transitions if tr.source == phase_id)

    def reachable(self, phase_id: str, *, within_cycle: bool = False) -> set[str]:
        """Phases reachable from phase_id by any sequence of transitions (itself included)."""
        seen = {phase_id}
        queue = deque([phase_id])
        while queue:
            for tr in self.from_phase(queue.popleft()):
                if within_cycle and tr.new_cycle:
                    continue
                if tr.dest not in seen:
                    seen.add(tr.dest)
                    queue.append(tr.dest)
        return seen

    def earlier(self, phase_id: str) -> list[str]:
        """Phases of a cycle that come before phase_id: where a Recycle may send an area."""
        return [
            p.id
            for p in self.phases
            if p.id != phase_id
            and not p.end
            and phase_id in self.reachable(p.id, within_cycle=True)
        ]


class FlowError(Exception):
    """A flow file with problems; each problem says where it is."""

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        super().__init__(self.message())

    def message(self) -> str:
        listing = "\n".join(f"  - {p}" for p in self.problems)
        return t("flow.invalid", path=self.path, count=len(self.problems), problems=listing)


_FLOW_KEYS = {"id", "label", "label_en", "help", "initial", "kill"}
_PHASE_KEYS = {"id", "label", "label_en", "help", "end", "max_days", "adopts"}
_TRANSITION_KEYS = {"trigger", "source", "dest", "fadder", "requires", "new_cycle", "help"}


class _Reader:
    """Collects every problem in a file instead of stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def problem(self, key: str, **params: Any) -> None:
        self.problems.append(t(key, **params))

    def string(self, table: dict[str, Any], name: str, where: str, *, required: bool = True) -> str:
        value = table.get(name)
        if value is None:
            if required:
                self.problem("flow.missing_field", where=where, field=name)
            return ""
        if not isinstance(value, str) or not value.strip():
            self.problem("flow.bad_field", where=where, field=name, expected="text")
            return ""
        return value.strip()

    def ident(self, table: dict[str, Any], name: str, where: str) -> str:
        value = self.string(table, name, where)
        if value and not _ID.match(value):
            self.problem("flow.bad_id", where=where, value=value)
        return value

    def boolean(self, table: dict[str, Any], name: str, where: str) -> bool:
        value = table.get(name, False)
        if not isinstance(value, bool):
            self.problem("flow.bad_field", where=where, field=name, expected="true/false")
            return False
        return value

    def unknown(self, table: dict[str, Any], allowed: set[str], where: str) -> None:
        for name in sorted(set(table) - allowed):
            self.problem("flow.unknown_key", where=where, field=name)

    def tables(self, doc: dict[str, Any], name: str) -> list[dict[str, Any]]:
        value = doc.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problem("flow.bad_field", where="", field=name, expected=f"[[{name}]] tables")
            return []
        return value


def parse_flow(text: str, path: str = "<flow>", *, keep: bool = False) -> Flow:
    """Parses and validates a flow; raises FlowError listing every problem found. `keep`: the
    text is a file's, whose parsed document may be kept for the next command (toml_cache)."""
    from innovation.engine.toml_cache import parsed

    try:
        doc = parsed(text, path if keep else None)
    except ValueError as exc:  # tomllib.TOMLDecodeError, without importing tomllib to say so
        raise FlowError(path, [t("flow.syntax", detail=str(exc))]) from None
    r = _Reader()
    r.unknown(doc, {"flow", "phase", "transition"}, "")
    head = doc.get("flow")
    if not isinstance(head, dict):
        r.problem("flow.missing_field", where="[flow]", field="flow")
        head = {}
    r.unknown(head, _FLOW_KEYS, "[flow]")
    flow_id = r.ident(head, "id", "[flow]")
    label = r.string(head, "label", "[flow]")
    label_en = r.string(head, "label_en", "[flow]", required=False)
    flow_help = r.string(head, "help", "[flow]", required=False)
    initial = r.ident(head, "initial", "[flow]")
    kill = r.ident(head, "kill", "[flow]") if "kill" in head else None

    phases: list[Phase] = []
    for i, table in enumerate(r.tables(doc, "phase"), start=1):
        where = f"[[phase]] #{i}"
        r.unknown(table, _PHASE_KEYS, where)
        pid = r.ident(table, "id", where)
        if pid and any(p.id == pid for p in phases):
            r.problem("flow.duplicate_phase", where=where, phase=pid)
            continue
        max_days = table.get("max_days")
        if max_days is not None and (not isinstance(max_days, int) or max_days < 1):
            r.problem(
                "flow.bad_field", where=where, field="max_days", expected="a whole number ≥ 1"
            )
            max_days = None
        phase = Phase(
            id=pid,
            label=r.string(table, "label", where),
            help=r.string(table, "help", where),
            end=r.boolean(table, "end", where),
            max_days=max_days,
            adopts=r.boolean(table, "adopts", where),
            label_en=r.string(table, "label_en", where, required=False),
        )
        if phase.adopts and not phase.end:
            r.problem("flow.adopts_not_end", where=where, phase=pid)
        phases.append(phase)
    if not phases:
        r.problem("flow.no_phases")
    known = {p.id for p in phases}
    known_text = ", ".join(p.id for p in phases)
    if initial and phases and initial not in known:
        r.problem("flow.unknown_phase", where="[flow] initial", phase=initial, known=known_text)

    transitions: list[Transition] = []
    triggers: dict[str, str] = {}
    pairs: dict[tuple[str, str], str] = {}
    for i, table in enumerate(r.tables(doc, "transition"), start=1):
        where = f"[[transition]] #{i}"
        r.unknown(table, _TRANSITION_KEYS, where)
        trigger = r.ident(table, "trigger", where)
        source = r.ident(table, "source", where)
        dest = r.ident(table, "dest", where)
        for name, value in (("source", source), ("dest", dest)):
            if value and phases and value not in known:
                r.problem(
                    "flow.unknown_phase", where=f"{where} {name}", phase=value, known=known_text
                )
        if trigger in triggers:
            r.problem(
                "flow.duplicate_trigger", where=where, trigger=trigger, first=triggers[trigger]
            )
        elif trigger:
            triggers[trigger] = where
        if source and dest:
            if (source, dest) in pairs:
                first = pairs[(source, dest)]
                r.problem("flow.duplicate_move", where=where, source=source, dest=dest, first=first)
            else:
                pairs[(source, dest)] = where
        requires = table.get("requires", [])
        if not isinstance(requires, list) or not all(isinstance(x, str) for x in requires):
            r.problem("flow.bad_field", where=where, field="requires", expected="a list of names")
            requires = []
        for name in requires:
            if lookup(name) is None:
                r.problem(
                    "flow.unknown_requirement",
                    where=where,
                    name=name,
                    known=", ".join(sorted(REQUIREMENTS)),
                )
        transitions.append(
            Transition(
                trigger=trigger,
                source=source,
                dest=dest,
                fadder=r.boolean(table, "fadder", where),
                requires=tuple(requires),
                new_cycle=r.boolean(table, "new_cycle", where),
                help=r.string(table, "help", where, required=False),
            )
        )

    if kill and phases:
        target = next((p for p in phases if p.id == kill), None)
        if target is None:
            r.problem("flow.unknown_phase", where="[flow] kill", phase=kill, known=known_text)
        elif not target.end:
            r.problem("flow.kill_not_end", phase=kill)
    flow = Flow(
        flow_id, label, flow_help, initial, tuple(phases), tuple(transitions), kill, label_en
    )
    if not r.problems:
        if not any(p.end for p in phases):
            r.problem("flow.no_end")
        reach = flow.reachable(initial)
        for p in phases:
            if p.id not in reach:
                r.problem("flow.unreachable", phase=p.id, initial=initial)
            elif not p.end and not flow.from_phase(p.id):
                r.problem("flow.dead_end", phase=p.id)
    if r.problems:
        raise FlowError(path, r.problems)
    return flow


def load_flow(path: str | os.PathLike[str]) -> Flow:
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise FlowError(str(path), [t("flow.unreadable", path=path, detail=exc)]) from None
    return parse_flow(text, str(path), keep=True)
