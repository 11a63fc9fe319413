"""The registry of named checks a flow file may require of a move."""

from __future__ import annotations

from collections.abc import Callable

from innovation.domain import AreaFacts
from innovation.plain import Plain


class Requirement(Plain, frozen=True):
    name: str
    check: Callable[[AreaFacts, int], bool]
    # Catalogue key of the sentence that says what is missing and which command supplies it.
    hint: str
    # Counted requirements take a number in the flow file: "ideas_from_residents:3".
    counted: bool = False


def split(spec: str) -> tuple[str, int]:
    """'ideas:3' -> ('ideas', 3); a plain name counts as 1."""
    name, _, count = spec.partition(":")
    return name, int(count) if count else 1


def lookup(spec: str) -> Requirement | None:
    """The registered check a flow file's requirement names, if the spelling is valid."""
    name, _, count = spec.partition(":")
    req = REQUIREMENTS.get(name)
    if req is None:
        return None
    if count and (not req.counted or not count.isdigit() or int(count) < 1):
        return None
    return req


def met(spec: str, facts: AreaFacts) -> bool:
    name, count = split(spec)
    return REQUIREMENTS[name].check(facts, count)


def idea_count(key: str) -> Callable[[AreaFacts, int], bool]:
    return lambda f, n: f.extra.get(key, 0) >= n


def _register(*reqs: Requirement) -> dict[str, Requirement]:
    return {r.name: r for r in reqs}


REQUIREMENTS: dict[str, Requirement] = _register(
    Requirement("medskapande", lambda f, n: f.activities >= n, "req.medskapande"),
    Requirement("scope", lambda f, n: f.scope, "req.scope"),
    Requirement("nylage", lambda f, n: f.nylage, "req.nylage"),
    Requirement("indicator", lambda f, n: f.indicators_complete >= n, "req.indicator"),
    Requirement(
        "test_hypothesis", lambda f, n: f.tests_with_hypothesis >= n, "req.test_hypothesis"
    ),
    Requirement("test_result", lambda f, n: f.tests_with_result >= n, "req.test_result"),
    Requirement("owner", lambda f, n: f.owner, "req.owner"),
    Requirement("lesson", lambda f, n: f.lessons >= n, "req.lesson"),
    # Checks on the idea backlog; the default flows name none of them.
    Requirement("ideas", idea_count("ideas"), "req.ideas", counted=True),
    Requirement(
        "ideas_from_residents",
        idea_count("ideas_from_residents"),
        "req.ideas_from_residents",
        counted=True,
    ),
    Requirement(
        "ideas_from_staff", idea_count("ideas_from_staff"), "req.ideas_from_staff", counted=True
    ),
    Requirement("stop_ideas", idea_count("stop_ideas"), "req.stop_ideas", counted=True),
    Requirement("promoted_ideas", idea_count("promoted_ideas"), "req.promoted_ideas", counted=True),
)


def hint(spec: str, area: str) -> str:
    """What a missing requirement asks for, in the user's words."""
    from innovation.i18n import t

    name, count = split(spec)
    return t(REQUIREMENTS[name].hint, area=area, n=count)
