"""audit: index events by kind and time, for the reports that read a period's moves

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_audit_kind_at", "audit_event", ["kind", "at"])


def downgrade() -> None:
    op.drop_index("ix_audit_kind_at", table_name="audit_event")
