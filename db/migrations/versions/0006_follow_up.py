"""follow-up periods and status reports

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "period",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=7), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("opened_by", sa.String(length=63), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_by", sa.String(length=63), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["closed_by"],
            ["person.username"],
        ),
        sa.ForeignKeyConstraint(
            ["opened_by"],
            ["person.username"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    op.create_table(
        "status_report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("color", sa.String(length=4), nullable=False),
        sa.Column("cause", sa.Text(), nullable=True),
        sa.Column("measures", sa.Text(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("amends", sa.Integer(), nullable=True),
        sa.Column("amend_reason", sa.Text(), nullable=True),
        sa.Column("reported_by", sa.String(length=63), nullable=False),
        sa.Column("reported_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["amends"],
            ["status_report.id"],
        ),
        sa.ForeignKeyConstraint(
            ["area_id"],
            ["area.id"],
        ),
        sa.ForeignKeyConstraint(
            ["reported_by"],
            ["person.username"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("status_report", schema=None) as batch_op:
        batch_op.create_index("ix_status_area_period", ["area_id", "period"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("status_report", schema=None) as batch_op:
        batch_op.drop_index("ix_status_area_period")

    op.drop_table("status_report")
    op.drop_table("period")
