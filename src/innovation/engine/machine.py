"""One transitions Machine per flow, built once, judging the facts of any number of areas."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from transitions import EventData, Machine

from innovation.domain import AreaFacts
from innovation.engine.flow import Flow, Transition
from innovation.engine.requirements import met


@dataclass(frozen=True, slots=True)
class Move:
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


class FlowEngine:
    def __init__(self, flow: Flow) -> None:
        self.flow = flow
        # One token per thread, attached to the machine once: attaching costs more than firing.
        self._local = threading.local()
        self._by_trigger = {tr.trigger: tr for tr in flow.transitions}
        # auto_transitions off: generated to_<phase>() methods would bypass every gate.
        self.machine = Machine(
            model=None,
            states=list(flow.phase_ids),
            initial=flow.initial,
            auto_transitions=False,
            send_event=True,
        )
        for tr in flow.transitions:
            self.machine.add_transition(
                tr.trigger, tr.source, tr.dest, conditions=[self._condition(tr)]
            )

    @staticmethod
    def _condition(tr: Transition) -> Any:
        def met(event: EventData) -> bool:
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
        token: _Token | None = getattr(self._local, "token", None)
        if token is None:
            token = _Token()
            self.machine.add_model(token, initial=self.flow.initial)
            self._local.token = token
        token.state = facts.phase
        moved = token.trigger(transition.trigger, facts=facts)  # type: ignore[attr-defined]
        if not moved:
            raise RuntimeError(f"the machine refused {transition.trigger} from {facts.phase}")
        return token.state
