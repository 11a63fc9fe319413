"""an assignment indicator may name a Kolada KPI (its yearly values, the national figure and
our rank are then read from Kolada's data) and which way is better for the rank

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("assignment_indicator", sa.Column("kolada", sa.String(length=40), nullable=True))
    op.add_column(
        "assignment_indicator",
        sa.Column("better", sa.String(length=6), nullable=False, server_default="higher"),
    )


def downgrade() -> None:
    with op.batch_alter_table("assignment_indicator") as batch:
        batch.drop_column("better")
        batch.drop_column("kolada")
