"""phase stays: each area's time in each phase as rows, rebuilt from the audit trail; tests
and lessons indexed by when, for the reports of a period

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-23
"""

import json
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PHASE_EVENTS = (
    "('area.create', 'area.merge', 'area.merged', 'move', 'request.approve',"
    " 'request.reject', 'request.kill')"
)


def upgrade() -> None:
    stay = op.create_table(
        "phase_stay",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=False),
        sa.Column("phase", sa.String(length=40), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("came_from", sa.String(length=40), nullable=True),
        sa.Column("days", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(["area_id"], ["area.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    # Covers time in phase: sums per area and phase read from the index alone.
    op.create_index("ix_phase_stay_time", "phase_stay", ["area_id", "phase", "days", "since"])
    op.create_index("ix_phase_stay_since", "phase_stay", ["since"])
    op.create_index("ix_trial_created", "trial", ["created_at"])
    op.create_index("ix_trial_result", "trial", ["result_at"])
    op.create_index("ix_lesson_created", "lesson", ["created_at"])
    # The trail is the truth: every phase an area entered, in order, with when.
    bind = op.get_bind()
    areas = {r[0] for r in bind.execute(sa.text("SELECT id FROM area"))}
    rows = bind.execute(
        sa.text(
            f"SELECT area, at, after FROM audit_event WHERE kind IN {_PHASE_EVENTS} ORDER BY id"
        )
    )
    open_stay: dict[int, dict[str, object]] = {}
    stays: list[dict[str, object]] = []
    for area, at, after in rows:
        values = json.loads(after if isinstance(after, str) else json.dumps(after))
        phase = values.get("phase")
        area_id = int(str(area)[1:]) if area else None
        if area_id not in areas or (phase is None and "merged_into" not in values):
            continue
        when = (
            at
            if isinstance(at, datetime)
            else datetime.fromisoformat(str(at).replace("Z", "+00:00"))
        )
        when = when.astimezone(UTC).replace(tzinfo=None) if bind.dialect.name == "sqlite" else when
        if phase is None:
            # Merged into another area: its last stay ends and none follows.
            last = open_stay.pop(area_id, None)
            if last is not None:
                last["until"] = when
                last["days"] = (when - last["since"]).total_seconds() / 86400  # type: ignore[operator]
            continue
        came_from = None
        if area_id in open_stay:
            last = open_stay[area_id]
            last["until"] = when
            last["days"] = (when - last["since"]).total_seconds() / 86400  # type: ignore[operator]
            came_from = last["phase"]
        open_stay[area_id] = {
            "area_id": area_id,
            "phase": phase,
            "since": when,
            "until": None,
            "came_from": came_from,
            "days": None,
        }
        stays.append(open_stay[area_id])
    if stays:
        op.bulk_insert(stay, stays)


def downgrade() -> None:
    op.drop_index("ix_lesson_created", table_name="lesson")
    op.drop_index("ix_trial_result", table_name="trial")
    op.drop_index("ix_trial_created", table_name="trial")
    op.drop_index("ix_phase_stay_since", table_name="phase_stay")
    op.drop_index("ix_phase_stay_time", table_name="phase_stay")
    op.drop_table("phase_stay")
