"""The tables. Timestamps are timezone-aware UTC; actors are usernames, which never change."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import CheckConstraint, Column, Computed, DateTime, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def _ts(*, nullable: bool = False) -> datetime:
    # One Column per field: SQLAlchemy Column objects cannot be shared between tables.
    return Field(sa_column=Column(DateTime(timezone=True), nullable=nullable))  # type: ignore[no-any-return]


class Person(SQLModel, table=True):
    __tablename__ = "person"
    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=63, unique=True)
    name: str = Field(max_length=200)
    # Space-separated role names: a person may hold several.
    roles: str = Field(max_length=200)
    created_at: datetime = _ts()
    # Where reminders go (innovation remind), and how often: daily, weekly or none.
    email: str | None = Field(default=None, max_length=254)
    digest: str = Field(
        default="weekly", max_length=10, sa_column_kwargs={"server_default": "weekly"}
    )
    lang: str | None = Field(default=None, max_length=2)


class Area(SQLModel, table=True):
    __tablename__ = "area"
    id: int | None = Field(default=None, primary_key=True)
    question: str = Field(max_length=500)
    track: str = Field(max_length=40)
    phase: str = Field(max_length=40)
    cycle: int = 1
    round: str | None = Field(default=None, max_length=40)
    fadder: str = Field(foreign_key="person.username", max_length=63)
    ledartroja1: str = Field(foreign_key="person.username", max_length=63)
    ledartroja2: str = Field(foreign_key="person.username", max_length=63)
    # Statements belong to the cycle they were written in: a new cycle asks for them anew.
    scope: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    scope_cycle: int | None = None
    nylage: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    nylage_cycle: int | None = None
    owner: str | None = Field(default=None, max_length=200)
    owner_cycle: int | None = None
    created_at: datetime = _ts()
    phase_since: datetime = _ts()
    # Bumped by every change to the area, so a request can tell it has gone stale.
    version: int = 1
    # On hold (vilande) after a Hold decision: until which tertial, and why.
    hold_until: str | None = Field(default=None, max_length=10)
    hold_reason: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    hold_since: datetime | None = _ts(nullable=True)
    # Merged into another area: a final state outside the flow; the history stays here.
    merged_into: int | None = Field(default=None, foreign_key="area.id")
    merged_at: datetime | None = _ts(nullable=True)
    # The board's first screen: each phase's first areas and its count (see board_head).
    __table_args__ = (Index("ix_area_phase", "phase", "merged_into"),)


class SshKey(SQLModel, table=True):
    """A person's SSH public key: on a shared server, the key names who acts (docs/
    shared-database.md). Revoked keys stay, with who revoked them and when."""

    __tablename__ = "ssh_key"
    __table_args__ = (UniqueConstraint("fingerprint", name="uq_ssh_key_fingerprint"),)
    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(foreign_key="person.username", max_length=63)
    kind: str = Field(max_length=40)
    fingerprint: str = Field(max_length=60)
    public_key: str = Field(sa_column=Column(Text, nullable=False))
    comment: str | None = Field(default=None, max_length=200)
    added_by: str = Field(foreign_key="person.username", max_length=63)
    added_at: datetime = _ts()
    revoked_by: str | None = Field(default=None, foreign_key="person.username", max_length=63)
    revoked_at: datetime | None = _ts(nullable=True)


class Round(SQLModel, table=True):
    """A round (omgång) of areas that started together; areas name theirs."""

    __tablename__ = "round"
    __table_args__ = (UniqueConstraint("name", name="uq_round_name"),)
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=40)
    year: int
    description: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    created_by: str = Field(foreign_key="person.username", max_length=63)
    created_at: datetime = _ts()


class Partner(SQLModel, table=True):
    """An organisation outside the municipality that areas work with."""

    __tablename__ = "partner"
    __table_args__ = (UniqueConstraint("name", name="uq_partner_name"),)
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    # civil (civil society), business, authority, region, other
    kind: str = Field(max_length=20)
    created_by: str = Field(foreign_key="person.username", max_length=63)
    created_at: datetime = _ts()
    # How far the work with it has come, before or beside any area: explored, started, signed.
    status: str = Field(
        default="explored", max_length=20, sa_column_kwargs={"server_default": "explored"}
    )


class Collaboration(SQLModel, table=True):
    """An area's collaboration with a partner: its form (iop, agreement, informal) and dates."""

    __tablename__ = "collaboration"
    __table_args__ = (Index("ix_collaboration_area", "area_id"),)
    id: int | None = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="area.id")
    partner_id: int = Field(foreign_key="partner.id")
    form: str = Field(max_length=20)
    since: date
    until: date | None = None
    note: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    created_by: str = Field(foreign_key="person.username", max_length=63)
    created_at: datetime = _ts()


class Handover(SQLModel, table=True):
    """A ledartröja replaced on an area, with the reason, the outgoing one's note for the
    incoming one, and when the incoming one read it."""

    __tablename__ = "handover"
    __table_args__ = (Index("ix_handover_area", "area_id"),)
    id: int | None = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="area.id")
    outgoing: str = Field(foreign_key="person.username", max_length=63)
    incoming: str = Field(foreign_key="person.username", max_length=63)
    reason: str = Field(sa_column=Column(Text, nullable=False))
    note: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    note_at: datetime | None = _ts(nullable=True)
    seen_at: datetime | None = _ts(nullable=True)
    created_by: str = Field(foreign_key="person.username", max_length=63)
    created_at: datetime = _ts()


class Activity(SQLModel, table=True):
    __tablename__ = "activity"
    __table_args__ = (Index("ix_activity_area_cycle", "area_id", "cycle"),)
    id: int | None = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="area.id")
    cycle: int
    date: date
    kind: str = Field(max_length=200)
    residents: int = 0
    staff: int = 0
    managers: int = 0
    note: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    created_by: str = Field(foreign_key="person.username", max_length=63)
    created_at: datetime = _ts()


class Trial(SQLModel, table=True):
    """A test of a solution (named Trial in code so pytest never mistakes it for a test)."""

    __tablename__ = "trial"
    __table_args__ = (
        Index("ix_trial_area_cycle", "area_id", "cycle"),
        Index("ix_trial_created", "created_at"),
        Index("ix_trial_result", "result_at"),
    )
    id: int | None = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="area.id")
    cycle: int
    hypothesis: str = Field(sa_column=Column(Text, nullable=False))
    measure: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    result: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    outcome: str | None = Field(default=None, max_length=20)
    created_by: str = Field(foreign_key="person.username", max_length=63)
    created_at: datetime = _ts()
    result_at: datetime | None = _ts(nullable=True)
    # The idea this test tries, when it was promoted from the backlog.
    idea_id: int | None = Field(default=None, foreign_key="idea.id")


class Idea(SQLModel, table=True):
    """A proposal for an area: something to try, or something to stop doing (sluta göra)."""

    __tablename__ = "idea"
    __table_args__ = (Index("ix_idea_area", "area_id"),)
    id: int | None = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="area.id")
    # Where it was first proposed, when it has since moved to a better-fitting area.
    origin_area_id: int | None = Field(default=None, foreign_key="area.id")
    title: str = Field(max_length=200)
    description: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    kind: str = Field(max_length=20)
    source: str = Field(max_length=20)
    source_note: str | None = Field(default=None, max_length=200)
    activity_id: int | None = Field(default=None, foreign_key="activity.id")
    status: str = Field(max_length=20)
    status_reason: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    decided_by: str | None = Field(default=None, foreign_key="person.username", max_length=63)
    decided_at: datetime | None = _ts(nullable=True)
    created_by: str = Field(foreign_key="person.username", max_length=63)
    created_at: datetime = _ts()


class IdeaSupport(SQLModel, table=True):
    __tablename__ = "idea_support"
    __table_args__ = (UniqueConstraint("idea_id", "username", name="uq_idea_support"),)
    id: int | None = Field(default=None, primary_key=True)
    idea_id: int = Field(foreign_key="idea.id")
    username: str = Field(foreign_key="person.username", max_length=63)
    created_at: datetime = _ts()


class IdeaScore(SQLModel, table=True):
    """A ledartröja's weighing of an idea: effect for residents, cost, speed to test (1-5)."""

    __tablename__ = "idea_score"
    __table_args__ = (UniqueConstraint("idea_id", "username", name="uq_idea_score"),)
    id: int | None = Field(default=None, primary_key=True)
    idea_id: int = Field(foreign_key="idea.id")
    username: str = Field(foreign_key="person.username", max_length=63)
    effect: int
    cost: int
    speed: int
    reason: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = _ts()


class Lesson(SQLModel, table=True):
    __tablename__ = "lesson"
    __table_args__ = (
        Index("ix_lesson_area_cycle", "area_id", "cycle"),
        Index("ix_lesson_created", "created_at"),
    )
    id: int | None = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="area.id")
    cycle: int
    text: str = Field(sa_column=Column(Text, nullable=False))
    created_by: str = Field(foreign_key="person.username", max_length=63)
    created_at: datetime = _ts()


class Indicator(SQLModel, table=True):
    __tablename__ = "indicator"
    __table_args__ = (Index("ix_indicator_area", "area_id"),)
    id: int | None = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="area.id")
    name: str = Field(max_length=200)
    kolada: str | None = Field(default=None, max_length=40)
    unit: str = Field(max_length=40)
    baseline_year: int
    baseline: float
    national: float | None = None
    target: str = Field(max_length=200)
    # Which way is better decides Kolada's rank colour ("higher" or "lower").
    better: str = Field(
        default="higher", max_length=6, sa_column_kwargs={"server_default": "higher"}
    )
    created_by: str = Field(foreign_key="person.username", max_length=63)
    created_at: datetime = _ts()


class PhaseStay(SQLModel, table=True):
    """One stay of an area in a phase, from when it entered to when it left (open: still
    there); kept with every phase change, rebuilt from the audit trail by migration 0011."""

    __tablename__ = "phase_stay"
    __table_args__ = (
        Index("ix_phase_stay_time", "area_id", "phase", "days", "since"),
        Index("ix_phase_stay_since", "since"),
    )
    id: int | None = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="area.id")
    phase: str = Field(max_length=40)
    since: datetime = _ts()
    until: datetime | None = _ts(nullable=True)
    # The phase it came from (none for an area's first stay), and a closed stay's length.
    came_from: str | None = Field(default=None, max_length=40)
    days: float | None = None


class ApprovalRequest(SQLModel, table=True):
    __tablename__ = "request"
    __table_args__ = (Index("ix_request_status_area", "status", "area_id"),)
    id: int | None = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="area.id")
    trigger: str = Field(max_length=40)
    source: str = Field(max_length=40)
    dest: str = Field(max_length=40)
    cycle: int
    reason: str = Field(sa_column=Column(Text, nullable=False))
    area_version: int
    status: str = Field(max_length=20)
    requested_by: str = Field(foreign_key="person.username", max_length=63)
    requested_at: datetime = _ts()
    decided_by: str | None = Field(default=None, foreign_key="person.username", max_length=63)
    decided_at: datetime | None = _ts(nullable=True)
    comment: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    # A delegate decides on the fadder's behalf; both are named.
    on_behalf_of: str | None = Field(default=None, foreign_key="person.username", max_length=63)
    back_to: str | None = Field(default=None, max_length=40)


class Delegation(SQLModel, table=True):
    """A fadder's decisions on one area, handed to another person until a date."""

    __tablename__ = "delegation"
    __table_args__ = (Index("ix_delegation_area", "area_id"),)
    id: int | None = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="area.id")
    fadder: str = Field(foreign_key="person.username", max_length=63)
    delegate: str = Field(foreign_key="person.username", max_length=63)
    until: date
    created_at: datetime = _ts()
    ended_at: datetime | None = _ts(nullable=True)


class IndicatorValue(SQLModel, table=True):
    """A measured value of an indicator for a year (T = total, K = women, M = men), with where
    it came from and when it was fetched."""

    __tablename__ = "indicator_value"
    __table_args__ = (
        UniqueConstraint("indicator_id", "year", "gender", name="uq_indicator_value"),
    )
    id: int | None = Field(default=None, primary_key=True)
    indicator_id: int = Field(foreign_key="indicator.id")
    year: int
    gender: str = Field(max_length=1)
    value: float
    source: str = Field(max_length=200)
    fetched_at: datetime = _ts()
    recorded_by: str = Field(foreign_key="person.username", max_length=63)
    # How many municipalities Kolada published a higher and a lower total (T) for that year, of
    # how many: our rank either way is read from these, so "which way is better" may change.
    above: int | None = None
    below: int | None = None
    ranked: int | None = None


class Assignment(SQLModel, table=True):
    """A political assignment (uppdrag) in the municipal plan that the areas serve."""

    __tablename__ = "assignment"
    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=200, unique=True)
    description: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    created_by: str = Field(foreign_key="person.username", max_length=63)
    created_at: datetime = _ts()
    # Its points (a JSON list), where things stand (Nuläge) and where they should be (Nyläge),
    # and the målområde whose goals it serves.
    points: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    nulage: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    nylage: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    goal_area_id: int | None = Field(default=None, foreign_key="goal_area.id")


class Setting(SQLModel, table=True):
    """A workspace setting everybody shares (the vision, who reports a colour, the colour
    legend, what is public): set by an event like everything else."""

    __tablename__ = "setting"
    __table_args__ = (UniqueConstraint("key", name="uq_setting_key"),)
    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=60)
    value: str = Field(sa_column=Column(Text, nullable=False))
    created_by: str = Field(foreign_key="person.username", max_length=63)
    created_at: datetime = _ts()


class GoalArea(SQLModel, table=True):
    """A målområde of the municipal plan, with its goals (a JSON list)."""

    __tablename__ = "goal_area"
    __table_args__ = (UniqueConstraint("name", name="uq_goal_area_name"),)
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    goals: str = Field(sa_column=Column(Text, nullable=False))
    created_by: str = Field(foreign_key="person.username", max_length=63)
    created_at: datetime = _ts()


class AreaAssignment(SQLModel, table=True):
    """An area serves an assignment (an area may serve several)."""

    __tablename__ = "area_assignment"
    __table_args__ = (UniqueConstraint("area_id", "assignment_id", name="uq_area_assignment"),)
    id: int | None = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="area.id")
    assignment_id: int = Field(foreign_key="assignment.id")
    created_by: str = Field(foreign_key="person.username", max_length=63)
    created_at: datetime = _ts()


class AssignmentIndicatorValue(SQLModel, table=True):
    """An assignment indicator's value for a year, with the national value and our rank
    among the municipalities where the source gives them."""

    __tablename__ = "assignment_indicator_value"
    __table_args__ = (UniqueConstraint("indicator_id", "year", name="uq_assignment_value_year"),)
    id: int | None = Field(default=None, primary_key=True)
    indicator_id: int = Field(foreign_key="assignment_indicator.id")
    year: int
    value: float
    national: float | None = None
    rank: int | None = None
    ranked: int | None = None
    source: str = Field(max_length=200)
    created_by: str = Field(foreign_key="person.username", max_length=63)
    created_at: datetime = _ts()


class OrgActivity(SQLModel, table=True):
    """Work of the whole organisation, not of one area (förenklingsfredagar, antikrångel-tider,
    dialogues): planned for a day, then marked done with how many took part."""

    __tablename__ = "org_activity"
    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=100)
    title: str = Field(sa_column=Column(Text, nullable=False))
    assignment_id: int | None = Field(default=None, foreign_key="assignment.id")
    planned_on: date
    done_on: date | None = None
    residents: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    staff: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    managers: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    note: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    created_by: str = Field(foreign_key="person.username", max_length=63)
    created_at: datetime = _ts()


class Training(SQLModel, table=True):
    """One person trained another (a round's ledartröjor train the next round's)."""

    __tablename__ = "training"
    id: int | None = Field(default=None, primary_key=True)
    trainer: str = Field(foreign_key="person.username", max_length=63)
    trainee: str = Field(foreign_key="person.username", max_length=63)
    on_day: date
    topic: str = Field(sa_column=Column(Text, nullable=False))
    created_by: str = Field(foreign_key="person.username", max_length=63)
    created_at: datetime = _ts()


class AssignmentIndicator(SQLModel, table=True):
    """How an assignment is followed: a starting point (startläge) for us and the country, a
    goal, and the horizon it is judged on (within 1-2 years, or the mandate period)."""

    __tablename__ = "assignment_indicator"
    id: int | None = Field(default=None, primary_key=True)
    assignment_id: int = Field(foreign_key="assignment.id")
    name: str = Field(max_length=300)
    horizon: str = Field(max_length=20)
    unit: str = Field(max_length=40)
    start_year: int | None = None
    own: float | None = None
    national: float | None = None
    target: str | None = Field(default=None, max_length=200)
    # Where the values come from (KKiK, medborgarundersökningen, årsredovisningen, own), and
    # how the target is judged: increase, keep (kept or increased), number, top_quarter.
    source: str | None = Field(default=None, max_length=60)
    target_kind: str | None = Field(default=None, max_length=20)
    target_value: float | None = None
    # A Kolada KPI: its values, the national figure and our rank come from Kolada's data; which
    # way is better decides the rank ("higher" or "lower").
    kolada: str | None = Field(default=None, max_length=40)
    better: str = Field(
        default="higher", max_length=6, sa_column_kwargs={"server_default": "higher"}
    )


class AssignmentStatus(SQLModel, table=True):
    __tablename__ = "assignment_status"
    id: int | None = Field(default=None, primary_key=True)
    assignment_id: int = Field(foreign_key="assignment.id")
    period: str = Field(max_length=7)
    color: str = Field(max_length=4)
    comment: str = Field(sa_column=Column(Text, nullable=False))
    cause: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    measures: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    reported_by: str = Field(foreign_key="person.username", max_length=63)
    reported_at: datetime = _ts()


class Period(SQLModel, table=True):
    """A tertial the municipality reports on: YYYY-T1, YYYY-T2, YYYY-T3 (the annual report)."""

    __tablename__ = "period"
    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=7, unique=True)
    status: str = Field(max_length=10)
    opened_by: str = Field(foreign_key="person.username", max_length=63)
    opened_at: datetime = _ts()
    closed_by: str | None = Field(default=None, foreign_key="person.username", max_length=63)
    closed_at: datetime | None = _ts(nullable=True)


class StatusReport(SQLModel, table=True):
    """An area's traffic light for a period; an amendment is a new report naming the one it
    corrects, so nothing reported for a closed period is ever changed."""

    __tablename__ = "status_report"
    __table_args__ = (Index("ix_status_area_period", "area_id", "period"),)
    id: int | None = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="area.id")
    period: str = Field(max_length=7)
    color: str = Field(max_length=4)
    cause: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    measures: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    comment: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    amends: int | None = Field(default=None, foreign_key="status_report.id")
    amend_reason: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    reported_by: str = Field(foreign_key="person.username", max_length=63)
    reported_at: datetime = _ts()


# The fields of an audit event, in the order of its canonical JSON array (docs/audit.md). Events
# recorded before the day they happened was kept have no "on" (ten elements); the previous
# hash is always the last element.
AUDIT_FIELDS = (
    "id",
    "at",
    "actor",
    "kind",
    "area",
    "subject",
    "before",
    "after",
    "reason",
    "on",
    "prev_hash",
)


# The long texts are computed when read rather than stored twice: a row stays small, so walking
# the chain reads little more than the documents themselves.
_VIRTUAL = {"before", "after", "reason"}


def _from_doc(name: str, kind: Any = Text, *, nullable: bool = False) -> Any:
    """A column the database derives from the event's canonical document.

    Nobody can change it without changing the document, which the hash covers.
    """
    if name == "prev_hash":
        expression = "json_extract(doc, '$[#-1]')"
    else:
        expression = f"json_extract(doc, '$[{AUDIT_FIELDS.index(name)}]')"
    persisted = name not in _VIRTUAL
    return Field(
        sa_column=Column(kind, Computed(expression, persisted=persisted), nullable=nullable)
    )


class AuditEvent(SQLModel, table=True):
    """One recorded change. Append-only: id is the position in the hash chain.

    `doc` is the canonical JSON array that `hash` is the SHA-256 of; every other field is
    generated from it, so a field can never say something its hashed document does not. The
    database refuses an event that does not follow the last one, and any change or deletion.
    """

    __tablename__ = "audit_event"
    __table_args__ = (
        Index("ix_audit_area_id", "area", "id"),
        # Annotations and denied attempts are found by what they concern.
        Index("ix_audit_subject", "subject"),
        # Reports read a period's events of a few kinds.
        Index("ix_audit_kind_at", "kind", "at"),
        # An area's latest day: a step may not be dated before it.
        Index("ix_audit_area_on", "area", "on_day", "id"),
        CheckConstraint("id >= 1", name="ck_audit_event_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    doc: str = Field(sa_column=Column(Text, nullable=False))
    hash: str = Field(max_length=64)
    at: str = _from_doc("at")
    actor: str = _from_doc("actor")
    kind: str = _from_doc("kind")
    area: str | None = _from_doc("area", nullable=True)
    subject: str | None = _from_doc("subject", nullable=True)
    before: str = _from_doc("before")
    after: str = _from_doc("after")
    reason: str | None = _from_doc("reason", nullable=True)
    # The day it happened (version 2 documents); the recording day for earlier ones.
    on_day: str | None = Field(
        sa_column=Column(
            "on_day",
            Text,
            Computed(
                "CASE WHEN json_array_length(doc) = 11 THEN json_extract(doc, '$[9]') END",
                persisted=True,
            ),
            nullable=True,
        )
    )
    prev_hash: str = _from_doc("prev_hash")


class ReportRevision(SQLModel, table=True):
    """A closed period's report as it was delivered: its canonical document and that
    document's hash, which the trail also holds. An amendment adds the next revision, saying
    what changed, by whom and why; no revision is ever changed."""

    __tablename__ = "report_revision"
    __table_args__ = (UniqueConstraint("period", "revision", name="uq_report_revision"),)
    id: int | None = Field(default=None, primary_key=True)
    period: str = Field(max_length=7)
    revision: int
    doc: str = Field(sa_column=Column(Text, nullable=False))
    hash: str = Field(max_length=64)
    changes: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    reason: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    created_by: str = Field(foreign_key="person.username", max_length=63)
    created_at: datetime = _ts()
