"""The registry of named checks a flow file may require of a move."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from innovation.domain import AreaFacts


@dataclass(frozen=True, slots=True)
class Requirement:
    name: str
    check: Callable[[AreaFacts], bool]
    # Catalogue key of the sentence that says what is missing and which command supplies it.
    hint: str


def _register(*reqs: Requirement) -> dict[str, Requirement]:
    return {r.name: r for r in reqs}


REQUIREMENTS: dict[str, Requirement] = _register(
    Requirement("medskapande", lambda f: f.activities > 0, "req.medskapande"),
    Requirement("scope", lambda f: f.scope, "req.scope"),
    Requirement("nylage", lambda f: f.nylage, "req.nylage"),
    Requirement("indicator", lambda f: f.indicators_complete > 0, "req.indicator"),
    Requirement("test_hypothesis", lambda f: f.tests_with_hypothesis > 0, "req.test_hypothesis"),
    Requirement("test_result", lambda f: f.tests_with_result > 0, "req.test_result"),
    Requirement("owner", lambda f: f.owner, "req.owner"),
    Requirement("lesson", lambda f: f.lessons > 0, "req.lesson"),
)
