"""One typed row per table, its fields the table's columns in their order: what the
store's reads return instead of rows read by name. Written by `python -m
innovation.store.scratch` from the tables (tables.py); tests/unit/test_rows.py keeps the two
equal.

A moment or a day comes back as the database gives it: text from SQLite, a datetime or date
from PostgreSQL; timeutil's as_utc and local_date read both.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TypeAlias

from innovation.store.record import Record

Stamp: TypeAlias = datetime | str
Day: TypeAlias = date | str


class ActivityRow(Record):
    """A row of activity."""

    id: int
    area_id: int
    cycle: int
    date: Day
    kind: str
    residents: int
    staff: int
    managers: int
    note: str | None
    created_by: str
    created_at: Stamp


class AreaRow(Record):
    """A row of area."""

    id: int
    question: str
    track: str
    phase: str
    cycle: int
    round: str | None
    fadder: str
    ledartroja1: str
    ledartroja2: str
    scope: str | None
    scope_cycle: int | None
    nylage: str | None
    nylage_cycle: int | None
    owner: str | None
    owner_cycle: int | None
    created_at: Stamp
    phase_since: Stamp
    version: int
    hold_until: str | None
    hold_reason: str | None
    hold_since: Stamp | None
    merged_into: int | None
    merged_at: Stamp | None


class AreaAssignmentRow(Record):
    """A row of area_assignment."""

    id: int
    area_id: int
    assignment_id: int
    created_by: str
    created_at: Stamp


class AssignmentRow(Record):
    """A row of assignment."""

    id: int
    title: str
    description: str | None
    created_by: str
    created_at: Stamp
    points: str | None
    nulage: str | None
    nylage: str | None
    goal_area_id: int | None


class AssignmentIndicatorRow(Record):
    """A row of assignment_indicator."""

    id: int
    assignment_id: int
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


class AssignmentIndicatorValueRow(Record):
    """A row of assignment_indicator_value."""

    id: int
    indicator_id: int
    year: int
    value: float
    national: float | None
    rank: int | None
    ranked: int | None
    source: str
    created_by: str
    created_at: Stamp


class AssignmentStatusRow(Record):
    """A row of assignment_status."""

    id: int
    assignment_id: int
    period: str
    color: str
    comment: str
    cause: str | None
    measures: str | None
    reported_by: str
    reported_at: Stamp


class AuditEventRow(Record):
    """A row of audit_event."""

    id: int
    doc: str
    hash: str
    at: str
    actor: str
    kind: str
    area: str | None
    subject: str | None
    before: str
    after: str
    reason: str | None
    on_day: str | None
    prev_hash: str


class CollaborationRow(Record):
    """A row of collaboration."""

    id: int
    area_id: int
    partner_id: int
    form: str
    since: Day
    until: Day | None
    note: str | None
    created_by: str
    created_at: Stamp


class DelegationRow(Record):
    """A row of delegation."""

    id: int
    area_id: int
    fadder: str
    delegate: str
    until: Day
    created_at: Stamp
    ended_at: Stamp | None


class GoalAreaRow(Record):
    """A row of goal_area."""

    id: int
    name: str
    goals: str
    created_by: str
    created_at: Stamp


class HandoverRow(Record):
    """A row of handover."""

    id: int
    area_id: int
    outgoing: str
    incoming: str
    reason: str
    note: str | None
    note_at: Stamp | None
    seen_at: Stamp | None
    created_by: str
    created_at: Stamp


class IdeaRow(Record):
    """A row of idea."""

    id: int
    area_id: int
    origin_area_id: int | None
    title: str
    description: str | None
    kind: str
    source: str
    source_note: str | None
    activity_id: int | None
    status: str
    status_reason: str | None
    decided_by: str | None
    decided_at: Stamp | None
    created_by: str
    created_at: Stamp


class IdeaScoreRow(Record):
    """A row of idea_score."""

    id: int
    idea_id: int
    username: str
    effect: int
    cost: int
    speed: int
    reason: str
    created_at: Stamp


class IdeaSupportRow(Record):
    """A row of idea_support."""

    id: int
    idea_id: int
    username: str
    created_at: Stamp


class IndicatorRow(Record):
    """A row of indicator."""

    id: int
    area_id: int
    name: str
    kolada: str | None
    unit: str
    baseline_year: int
    baseline: float
    national: float | None
    target: str
    better: str
    created_by: str
    created_at: Stamp


class IndicatorValueRow(Record):
    """A row of indicator_value."""

    id: int
    indicator_id: int
    year: int
    gender: str
    value: float
    source: str
    fetched_at: Stamp
    recorded_by: str
    above: int | None
    below: int | None
    ranked: int | None


class LessonRow(Record):
    """A row of lesson."""

    id: int
    area_id: int
    cycle: int
    text: str
    created_by: str
    created_at: Stamp


class OrgActivityRow(Record):
    """A row of org_activity."""

    id: int
    kind: str
    title: str
    assignment_id: int | None
    planned_on: Day
    done_on: Day | None
    residents: int
    staff: int
    managers: int
    note: str | None
    created_by: str
    created_at: Stamp


class PartnerRow(Record):
    """A row of partner."""

    id: int
    name: str
    kind: str
    created_by: str
    created_at: Stamp
    status: str


class PeriodRow(Record):
    """A row of period."""

    id: int
    key: str
    status: str
    opened_by: str
    opened_at: Stamp
    closed_by: str | None
    closed_at: Stamp | None


class PersonRow(Record):
    """A row of person."""

    id: int
    username: str
    name: str
    roles: str
    created_at: Stamp
    email: str | None
    digest: str
    lang: str | None


class PhaseStayRow(Record):
    """A row of phase_stay."""

    id: int
    area_id: int
    phase: str
    since: Stamp
    until: Stamp | None
    came_from: str | None
    days: float | None


class ReportRevisionRow(Record):
    """A row of report_revision."""

    id: int
    period: str
    revision: int
    doc: str
    hash: str
    changes: str | None
    reason: str | None
    created_by: str
    created_at: Stamp


class RequestRow(Record):
    """A row of request."""

    id: int
    area_id: int
    trigger: str
    source: str
    dest: str
    cycle: int
    reason: str
    area_version: int
    status: str
    requested_by: str
    requested_at: Stamp
    decided_by: str | None
    decided_at: Stamp | None
    comment: str | None
    on_behalf_of: str | None
    back_to: str | None


class RoundRow(Record):
    """A row of round."""

    id: int
    name: str
    year: int
    description: str | None
    created_by: str
    created_at: Stamp


class SettingRow(Record):
    """A row of setting."""

    id: int
    key: str
    value: str
    created_by: str
    created_at: Stamp


class SshKeyRow(Record):
    """A row of ssh_key."""

    id: int
    username: str
    kind: str
    fingerprint: str
    public_key: str
    comment: str | None
    added_by: str
    added_at: Stamp
    revoked_by: str | None
    revoked_at: Stamp | None


class StatusReportRow(Record):
    """A row of status_report."""

    id: int
    area_id: int
    period: str
    color: str
    cause: str | None
    measures: str | None
    comment: str | None
    amends: int | None
    amend_reason: str | None
    reported_by: str
    reported_at: Stamp


class TrainingRow(Record):
    """A row of training."""

    id: int
    trainer: str
    trainee: str
    on_day: Day
    topic: str
    created_by: str
    created_at: Stamp


class TrialRow(Record):
    """A row of trial."""

    id: int
    area_id: int
    cycle: int
    hypothesis: str
    measure: str | None
    result: str | None
    outcome: str | None
    created_by: str
    created_at: Stamp
    result_at: Stamp | None
    idea_id: int | None


TABLES: dict[str, type[Record]] = {
    "activity": ActivityRow,
    "area": AreaRow,
    "area_assignment": AreaAssignmentRow,
    "assignment": AssignmentRow,
    "assignment_indicator": AssignmentIndicatorRow,
    "assignment_indicator_value": AssignmentIndicatorValueRow,
    "assignment_status": AssignmentStatusRow,
    "audit_event": AuditEventRow,
    "collaboration": CollaborationRow,
    "delegation": DelegationRow,
    "goal_area": GoalAreaRow,
    "handover": HandoverRow,
    "idea": IdeaRow,
    "idea_score": IdeaScoreRow,
    "idea_support": IdeaSupportRow,
    "indicator": IndicatorRow,
    "indicator_value": IndicatorValueRow,
    "lesson": LessonRow,
    "org_activity": OrgActivityRow,
    "partner": PartnerRow,
    "period": PeriodRow,
    "person": PersonRow,
    "phase_stay": PhaseStayRow,
    "report_revision": ReportRevisionRow,
    "request": RequestRow,
    "round": RoundRow,
    "setting": SettingRow,
    "ssh_key": SshKeyRow,
    "status_report": StatusReportRow,
    "training": TrainingRow,
    "trial": TrialRow,
}
_TABLE_OF = {kind: table for table, kind in TABLES.items()}


def table_of(kind: type[Record]) -> str:
    """The table a row type reads."""
    return _TABLE_OF[kind]
