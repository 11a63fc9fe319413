"""gates: holds, delegations, decisions

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "delegation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=False),
        sa.Column("fadder", sa.String(length=63), nullable=False),
        sa.Column("delegate", sa.String(length=63), nullable=False),
        sa.Column("until", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["area_id"],
            ["area.id"],
        ),
        sa.ForeignKeyConstraint(
            ["delegate"],
            ["person.username"],
        ),
        sa.ForeignKeyConstraint(
            ["fadder"],
            ["person.username"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("delegation", schema=None) as batch_op:
        batch_op.create_index("ix_delegation_area", ["area_id"], unique=False)

    with op.batch_alter_table("area", schema=None) as batch_op:
        batch_op.add_column(sa.Column("hold_until", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("hold_reason", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("hold_since", sa.DateTime(timezone=True), nullable=True))

    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.alter_column(
            "subject",
            existing_type=sa.String(length=20),
            type_=sa.String(length=63),
            existing_nullable=True,
        )

    with op.batch_alter_table("request", schema=None) as batch_op:
        batch_op.add_column(sa.Column("on_behalf_of", sa.String(length=63), nullable=True))
        batch_op.add_column(sa.Column("back_to", sa.String(length=40), nullable=True))
        batch_op.create_foreign_key(
            "fk_request_on_behalf_of", "person", ["on_behalf_of"], ["username"]
        )


def downgrade() -> None:
    with op.batch_alter_table("request", schema=None) as batch_op:
        batch_op.drop_constraint("fk_request_on_behalf_of", type_="foreignkey")
        batch_op.drop_column("back_to")
        batch_op.drop_column("on_behalf_of")

    with op.batch_alter_table("area", schema=None) as batch_op:
        batch_op.drop_column("hold_since")
        batch_op.drop_column("hold_reason")
        batch_op.drop_column("hold_until")

    with op.batch_alter_table("delegation", schema=None) as batch_op:
        batch_op.drop_index("ix_delegation_area")

    op.drop_table("delegation")

    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.alter_column(
            "subject",
            existing_type=sa.String(length=63),
            type_=sa.String(length=20),
            existing_nullable=True,
        )
