"""indicators: which direction is better, and Kolada's rank among municipalities per value

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "indicator",
        sa.Column("better", sa.String(length=6), nullable=False, server_default="higher"),
    )
    for column in ("above", "below", "ranked"):
        op.add_column("indicator_value", sa.Column(column, sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("indicator_value") as batch:
        for column in ("ranked", "below", "above"):
            batch.drop_column(column)
    with op.batch_alter_table("indicator") as batch:
        batch.drop_column("better")
