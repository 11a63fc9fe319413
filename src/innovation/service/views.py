"""What the service hands back: plain data that any interface can show or dump. (Plain
dataclasses, not frozen ones: nothing changes a view, and a frozen dataclass costs three times
as much to define, paid by every command at start-up. Their == and repr are one pair shared
by all, not a pair generated for each class: that halves the cost again.)"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class View:
    """A view's class: its fields' values make it equal to another of its kind and are what
    its repr shows (each view is `@dataclass(repr=False, eq=False)` and inherits these)."""

    __slots__ = ()

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__dataclass_fields__)  # type: ignore[attr-defined]

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    __hash__ = None  # type: ignore[assignment]  # as a dataclass with eq: views change

    def __repr__(self) -> str:
        fields = self.__dataclass_fields__  # type: ignore[attr-defined]
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in fields)
        return f"{type(self).__name__}({shown})"


@dataclass(repr=False, eq=False)
class PersonView(View):
    username: str
    name: str
    roles: list[str]


@dataclass(repr=False, eq=False)
class RequestView(View):
    key: str
    area: str
    question: str
    source: str
    dest: str
    cycle: int
    reason: str
    status: str
    requested_by: str
    requested_at: str
    fadder: str
    age_days: int
    decided_by: str | None = None
    decided_at: str | None = None
    comment: str | None = None
    on_behalf_of: str | None = None
    back_to: str | None = None
    stale: bool = False


@dataclass(repr=False, eq=False)
class AreaSummary(View):
    key: str
    question: str
    track: str
    phase: str
    cycle: int
    round: str | None
    fadder: str
    ledartrojor: list[str]
    days_in_phase: int
    request: str | None
    hold_until: str | None = None
    hold_reason: str | None = None
    merged_into: str | None = None
    merged_at: str | None = None


@dataclass(repr=False, eq=False)
class MoveView(View):
    to: str
    label: str
    trigger: str
    approval: bool
    new_cycle: bool
    missing: list[str]
    hints: list[str]


@dataclass(repr=False, eq=False)
class ActivityView(View):
    key: str
    cycle: int
    date: str
    kind: str
    residents: int
    staff: int
    managers: int
    note: str | None


@dataclass(repr=False, eq=False)
class TestView(View):
    key: str
    cycle: int
    hypothesis: str
    measure: str | None
    result: str | None
    outcome: str | None
    idea: str | None = None


@dataclass(repr=False, eq=False)
class LessonView(View):
    key: str
    cycle: int
    text: str


@dataclass(repr=False, eq=False)
class LatestValue(View):
    """An indicator's newest total (T) value; rank, ranked and kolada_colour only for values
    Kolada published for every municipality (its own colour, never our tertial colour)."""

    year: int
    value: float
    source: str
    rank: int | None
    ranked: int | None
    kolada_colour: str | None


@dataclass(repr=False, eq=False)
class IndicatorView(View):
    key: str
    name: str
    kolada: str | None
    unit: str
    baseline_year: int
    baseline: float
    national: float | None
    target: str
    better: str = "higher"
    latest: LatestValue | None = None


@dataclass(repr=False, eq=False)
class HoldView(View):
    until: str
    reason: str | None
    since: str


@dataclass(repr=False, eq=False)
class DelegationView(View):
    delegate: str
    until: str


@dataclass(repr=False, eq=False)
class AreaDetail(View):
    key: str
    question: str
    track: str
    phase: str
    phase_label: str
    cycle: int
    round: str | None
    fadder: str
    ledartrojor: list[str]
    created_at: str
    phase_since: str
    scope: str | None
    nylage: str | None
    owner: str | None
    moves: list[MoveView]
    request: RequestView | None
    hold: HoldView | None = None
    delegation: DelegationView | None = None
    activities: list[ActivityView] = field(default_factory=list)
    tests: list[TestView] = field(default_factory=list)
    lessons: list[LessonView] = field(default_factory=list)
    indicators: list[IndicatorView] = field(default_factory=list)
    # Merges: the area this one ended in, and the areas this one was made from.
    merged_into: str | None = None
    merged_from: list[str] = field(default_factory=list)
    merged_at: str | None = None
    collaborations: list[dict[str, Any]] = field(default_factory=list)
    handovers: list[dict[str, Any]] = field(default_factory=list)


@dataclass(repr=False, eq=False)
class EventView(View):
    id: int
    at: str
    actor: str
    kind: str
    area: str | None
    subject: str | None
    before: dict[str, Any]
    after: dict[str, Any]
    reason: str | None
    hash: str
    # The day it happened (`at` is when it was recorded).
    on: str = ""


@dataclass(repr=False, eq=False)
class IdeaView(View):
    key: str
    area: str
    origin: str | None
    title: str
    description: str | None
    kind: str
    source: str
    source_note: str | None
    activity: str | None
    status: str
    status_reason: str | None
    score: float | None
    scorers: int
    supporters: int
    supported_by_me: bool
    test: str | None
    created_by: str
    created_at: str


@dataclass(repr=False, eq=False)
class IdeaDetail(View):
    idea: IdeaView
    scores: list[dict[str, Any]]
    supporters: list[str]
    test_hypothesis: str | None
    test_result: str | None
    test_outcome: str | None
    lessons: list[str]
    adopted_by: str | None


@dataclass(repr=False, eq=False)
class SearchHit(View):
    kind: str
    key: str
    area: str
    text: str
    note: str


@dataclass(repr=False, eq=False)
class MoveResult(View):
    area: str
    phase: str
    cycle: int
    request: str | None = None


_PLAIN = (str, int, float, bool, type(None))
_FIELDS: dict[type, tuple[str, ...]] = {}


def to_json(value: Any) -> Any:
    """Views as JSON-ready dicts and lists (as dataclasses.asdict, without its deep copy of
    every value: a national workspace's list is thousands of views)."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is list or kind is tuple:
        return [v if type(v) in _PLAIN else to_json(v) for v in value]
    if kind is dict:
        return {k: v if type(v) in _PLAIN else to_json(v) for k, v in value.items()}
    names = _FIELDS.get(kind)
    if names is None:
        fields = getattr(kind, "__dataclass_fields__", None)
        if fields is None:
            return value
        names = _FIELDS[kind] = tuple(fields)
    out = {}
    for name in names:
        v = getattr(value, name)
        out[name] = v if type(v) in _PLAIN else to_json(v)
    return out
