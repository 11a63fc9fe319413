"""One transitions Machine per flow, built once, judging the facts of any number of areas."""

from __future__ import annotations

import threading
from typing import Any

from innovation.domain import AreaFacts
from innovation.engine.flow import Flow, Transition
from innovation.engine.requirements import met
from innovation.plain import Plain


class Move(Plain, frozen=True):
    """A move open to an area now, and the requirements it still misses."""

    transition: Transition
    missing: tuple[str, ...]

    @property
    def ready(self) -> bool:
        return not self.missing


def missing_for(transition: Transition, facts: AreaFacts) -> tuple[str, ...]:
    return tuple(spec for spec in transition.requires if not met(spec, facts))


class _Token:
    """A light stand-in for an area; the machine drives it and the phase is copied back."""

    state: str


# The machine's own triggers for the phase changes a fadder's decision or a merge makes, which
# are not moves a ledartröja asks for: Kill, Recycle back to an earlier phase, and a merged area
# starting further on than the flow's first phase. They have no requirements; the service
# decides whether they may happen, the machine that the flow allows the phases.
KILL = "_kill"


def back_to(phase: str) -> str:
    return f"_back_to_{phase}"


def start_in(phase: str) -> str:
    return f"_start_in_{phase}"


class FlowEngine:
    def __init__(self, flow: Flow) -> None:
        self.flow = flow
        # Tokens are attached to the machine once and reused by whichever thread fires next:
        # attaching costs more than firing, and a token per thread would outlive its thread.
        self._tokens: list[_Token] = []
        self._tokens_lock = threading.Lock()
        self._by_trigger = {tr.trigger: tr for tr in flow.transitions}
        self._machine: Any = None

    @property
    def machine(self) -> Any:
        """The transitions Machine, built on first use: a command that only reads names and
        labels from the flow never imports or builds it."""
        if self._machine is None:
            with self._tokens_lock:
                if self._machine is None:
                    self._machine = self._build()
        return self._machine

    def _build(self) -> Any:
        from transitions import Machine

        flow = self.flow
        # auto_transitions off: generated to_<phase>() methods would bypass every gate.
        machine = Machine(
            model=None,
            states=list(flow.phase_ids),
            initial=flow.initial,
            auto_transitions=False,
            send_event=True,
        )
        for tr in flow.transitions:
            machine.add_transition(tr.trigger, tr.source, tr.dest, conditions=[self._condition(tr)])
        going = [p.id for p in flow.phases if not p.end]
        for phase in going:
            if flow.kill is not None and phase != flow.kill:
                machine.add_transition(KILL, phase, flow.kill)
            for earlier in flow.earlier(phase):
                machine.add_transition(back_to(earlier), phase, earlier)
            if phase != flow.initial:
                machine.add_transition(start_in(phase), flow.initial, phase)
        return machine

    @staticmethod
    def _condition(tr: Transition) -> Any:
        def met(event: Any) -> bool:
            facts: AreaFacts = event.kwargs["facts"]
            return not missing_for(tr, facts)

        return met

    def open_moves(self, facts: AreaFacts) -> list[Move]:
        if self.flow.phase(facts.phase) is None:
            return []
        triggers = self.machine.get_triggers(facts.phase)
        return [
            Move(self._by_trigger[name], missing_for(self._by_trigger[name], facts))
            for name in triggers
            if name in self._by_trigger
        ]

    def transition_to(self, phase: str, dest: str) -> Transition | None:
        return next((tr for tr in self.flow.from_phase(phase) if tr.dest == dest), None)

    def fire(self, facts: AreaFacts, transition: Transition) -> str:
        """Runs the transition through the machine and returns the new phase.

        The caller has checked that nothing is missing; the machine's own condition is the
        second guard, so a phase never changes unless the flow allows it.
        """
        return self._run(facts.phase, transition.trigger, facts=facts)

    def kill(self, phase: str) -> str:
        """Where a Kill decision sends an area from `phase` (the flow's kill phase)."""
        return self._run(phase, KILL)

    def back(self, phase: str, to: str) -> str:
        """A Recycle back to an earlier phase of the cycle."""
        return self._run(phase, back_to(to))

    def start(self, phase: str) -> str:
        """The phase a new area starts in: the flow's first, or a later one (a merge)."""
        if phase == self.flow.initial:
            return phase
        return self._run(self.flow.initial, start_in(phase))

    def _run(self, phase: str, trigger: str, **kwargs: Any) -> str:
        from transitions import MachineError

        with self._tokens_lock:
            token = self._tokens.pop() if self._tokens else None
        if token is None:
            token = _Token()
            self.machine.add_model(token, initial=self.flow.initial)
        try:
            token.state = phase
            try:
                moved = token.trigger(trigger, **kwargs)  # type: ignore[attr-defined]
            except MachineError:
                moved = False
            if not moved:
                raise RuntimeError(f"the flow {self.flow.id} has no move {trigger} from {phase}")
            return token.state
        finally:
            with self._tokens_lock:
                self._tokens.append(token)

    def token_count(self) -> int:
        """How many tokens the machine holds (as many as moves ever ran at once)."""
        return len(self.machine.models)
