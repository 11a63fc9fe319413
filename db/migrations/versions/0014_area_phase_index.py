"""area: index the areas still going by phase, so the board's first screen reads only the areas
it shows and each phase's count

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-24
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_area_phase", "area", ["phase", "merged_into"])


def downgrade() -> None:
    op.drop_index("ix_area_phase", table_name="area")
