"""What the service hands back: plain data that any interface can show or dump. Each view is
a Plain class (innovation.plain): a dataclass to read and to type-check, at no cost to a
command's start."""

from __future__ import annotations

from typing import Any

from innovation.plain import Plain, field, fields_of


class PersonView(Plain):
    username: str
    name: str
    roles: list[str]


class RequestView(Plain):
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


class AreaSummary(Plain):
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


class MoveView(Plain):
    to: str
    label: str
    trigger: str
    approval: bool
    new_cycle: bool
    missing: list[str]
    hints: list[str]


class ActivityView(Plain):
    key: str
    cycle: int
    date: str
    kind: str
    residents: int
    staff: int
    managers: int
    note: str | None


class TestView(Plain):
    key: str
    cycle: int
    hypothesis: str
    measure: str | None
    result: str | None
    outcome: str | None
    idea: str | None = None


class LessonView(Plain):
    key: str
    cycle: int
    text: str


class LatestValue(Plain):
    """An indicator's newest total (T) value; rank, ranked and kolada_colour only for values
    Kolada published for every municipality (its own colour, never our tertial colour)."""

    year: int
    value: float
    source: str
    rank: int | None
    ranked: int | None
    kolada_colour: str | None


class IndicatorView(Plain):
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


class HoldView(Plain):
    until: str
    reason: str | None
    since: str


class DelegationView(Plain):
    delegate: str
    until: str


class AreaDetail(Plain):
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
    collaborations: list[CollaborationView] = field(default_factory=list)
    handovers: list[HandoverView] = field(default_factory=list)


class Statements(Plain):
    """What an area states: its scope, its nyläge and who receives it."""

    scope: str | None
    nylage: str | None
    owner: str | None


class EventView(Plain):
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


class IdeaView(Plain):
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


class ScoreView(Plain):
    """One person's weighing of an idea (1–5 each) and why."""

    by: str
    effect: int
    cost: int
    speed: int
    reason: str


class IdeaDetail(Plain):
    idea: IdeaView
    scores: list[ScoreView]
    supporters: list[str]
    test_hypothesis: str | None
    test_result: str | None
    test_outcome: str | None
    lessons: list[str]
    adopted_by: str | None


class SearchHit(Plain):
    kind: str
    key: str
    area: str
    text: str
    note: str


class MoveResult(Plain):
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
        found = fields_of(value)
        if found is None:
            return value
        names = _FIELDS[kind] = found
    out = {}
    for name in names:
        v = getattr(value, name)
        out[name] = v if type(v) in _PLAIN else to_json(v)
    return out


class HandoverView(Plain):
    key: str
    outgoing: str
    incoming: str
    reason: str
    note: str | None
    at: str
    note_at: str | None
    seen_at: str | None


class CollaborationView(Plain):
    key: str
    area: str
    partner: str
    name: str
    kind: str
    form: str
    since: str
    until: str | None
    note: str | None


class CollaborationCount(Plain):
    """Collaborations under way in a span: in all, by form and by the partner's kind."""

    total: int
    by_form: dict[str, int]
    by_kind: dict[str, int]
    items: list[CollaborationView]


class PartnerView(Plain):
    key: str
    name: str
    kind: str
    status: str
    collaborations: int
    created_at: str


class RoundView(Plain):
    name: str
    year: int | None
    description: str | None
    areas: list[str]
    active: int
    merged: int
    phases: dict[str, int]


class StintView(Plain):
    """A time as fadder or ledartröja on an area, from the audit trail."""

    area: str
    question: str
    round: str | None
    role: str
    since: str
    until: str | None
    started_by: str
    ended_by: str | None


class PersonPage(Plain):
    username: str
    name: str
    roles: list[str]
    stints: list[StintView]


class PeriodView(Plain):
    key: str
    status: str
    opened_at: str
    closed_at: str | None


class StatusView(Plain):
    """An area's latest traffic light for a period."""

    color: str
    cause: str | None
    measures: str | None
    comment: str | None
    amended: bool
    amend_reason: str | None
    reported_by: str
    reported_at: str


class AreaStatusView(Plain):
    """An area's latest traffic light in one period (an area's list of them)."""

    period: str
    color: str
    cause: str | None
    measures: str | None
    comment: str | None
    amended: bool
    reported_by: str


class AssignmentValue(Plain):
    """An assignment indicator's value for a year (with the nation's, and Kolada's rank)."""

    year: int
    value: float
    national: float | None
    rank: int | None
    ranked: int | None
    source: str


class AssignmentIndicator(Plain):
    name: str
    horizon: str
    unit: str
    start_year: int | None
    own: float | None
    national: float | None
    target: str | None
    source: str | None
    target_kind: str | None
    target_value: float | None
    kolada: str | None
    better: str
    values: list[AssignmentValue]
    latest: AssignmentValue | None
    verdict: str  # met, not_met or unknown


class AssignmentStatus(Plain):
    color: str
    comment: str | None
    cause: str | None
    measures: str | None


class PlannedAssignment(Plain):
    """An assignment as the steering documents state it, with the areas that serve it."""

    title: str
    description: str | None
    points: list[str]
    nulage: str | None
    nylage: str | None
    goal_area: str | None
    areas: list[str]


class AssignmentView(PlannedAssignment):
    """An assignment as stated, with its indicators and (for a period) its latest colour."""

    indicators: list[AssignmentIndicator]
    status: AssignmentStatus | None


class IndicatorValueView(Plain):
    """An area indicator's value: by year and gender, with Kolada's rank where it has one."""

    year: int
    gender: str
    value: float
    source: str
    fetched_at: str
    rank: int | None
    ranked: int | None
    kolada_colour: str | None


class OrgWorkView(Plain):
    """Work the organisation does for the programme as a whole (a förenklingsfredag)."""

    key: str
    kind: str
    title: str
    assignment: str | None
    planned_on: str
    done_on: str | None
    residents: int
    staff: int
    managers: int
    note: str | None


class TrainingView(Plain):
    trainer: str
    trainee: str
    on: str | None
    topic: str


class GoalAreaView(Plain):
    name: str
    goals: list[str]


class SteeringView(Plain):
    vision: str
    goal_areas: list[GoalAreaView]
    assignments: list[PlannedAssignment]


class MergeSource(Plain):
    """An area a merge would end: its phase, its open request and what it holds."""

    key: str
    question: str
    track: str
    phase: str
    round: str | None
    request: str | None
    hold_until: str | None
    counts: dict[str, int]  # activity, trial, lesson, indicator, idea


class MergePlan(Plain):
    """What a merge would do, before it is done."""

    sources: list[MergeSource]
    track: str
    phases: list[str]  # the phases the new area may start in
    phase: str | None
    round: str | None
    problems: list[str]


class ReportRevisionView(Plain):
    """A stored revision of a closed period's report: who, when, why, what changed."""

    revision: int
    hash: str
    changes: list[dict[str, Any]]  # each a path in the document, its old and new value
    reason: str | None
    by: str
    at: str
