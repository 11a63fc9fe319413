"""rounds, merged areas, partners and their collaborations, hand-overs between ledartröjor

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-23
"""

import re
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _ts(name: str, nullable: bool = False) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    rounds = op.create_table(
        "round",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("created_by", sa.String(length=63), nullable=False),
        _ts("created_at"),
        sa.ForeignKeyConstraint(["created_by"], ["person.username"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name", name="uq_round_name"),
    )
    # Added in place (a rebuild of `area` would trip the foreign keys that point at it).
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE area ADD COLUMN merged_into INTEGER REFERENCES area (id)")
    else:
        op.add_column("area", sa.Column("merged_into", sa.Integer(), nullable=True))
        op.create_foreign_key("area_merged_into_fkey", "area", "area", ["merged_into"], ["id"])
    op.add_column("area", _ts("merged_at", nullable=True))
    op.create_table(
        "partner",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("created_by", sa.String(length=63), nullable=False),
        _ts("created_at"),
        sa.ForeignKeyConstraint(["created_by"], ["person.username"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name", name="uq_partner_name"),
    )
    op.create_table(
        "collaboration",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("form", sa.String(length=20), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_by", sa.String(length=63), nullable=False),
        _ts("created_at"),
        sa.ForeignKeyConstraint(["area_id"], ["area.id"]),
        sa.ForeignKeyConstraint(["partner_id"], ["partner.id"]),
        sa.ForeignKeyConstraint(["created_by"], ["person.username"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_collaboration_area", "collaboration", ["area_id"])
    op.create_table(
        "handover",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=False),
        sa.Column("outgoing", sa.String(length=63), nullable=False),
        sa.Column("incoming", sa.String(length=63), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        _ts("note_at", nullable=True),
        _ts("seen_at", nullable=True),
        sa.Column("created_by", sa.String(length=63), nullable=False),
        _ts("created_at"),
        sa.ForeignKeyConstraint(["area_id"], ["area.id"]),
        sa.ForeignKeyConstraint(["outgoing"], ["person.username"]),
        sa.ForeignKeyConstraint(["incoming"], ["person.username"]),
        sa.ForeignKeyConstraint(["created_by"], ["person.username"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_handover_area", "handover", ["area_id"])
    # Areas already name their round: each name becomes a round, its year read from the name
    # (or from when its first area was created).
    bind = op.get_bind()
    found = bind.execute(
        sa.text(
            "SELECT a.round, min(a.created_at), min(a.fadder) FROM area a"
            " WHERE a.round IS NOT NULL GROUP BY a.round"
        )
    ).all()
    admin = bind.execute(sa.text("SELECT min(username) FROM person")).scalar()
    rows = []
    for name, created, _ in found:
        match = re.match(r"\s*(\d{4})", name)
        when = created if isinstance(created, datetime) else datetime.fromisoformat(str(created))
        rows.append(
            {
                "name": name,
                "year": int(match.group(1)) if match else when.year,
                "description": None,
                "created_by": admin,
                "created_at": datetime.now(UTC).replace(tzinfo=None),
            }
        )
    if rows:
        op.bulk_insert(rounds, rows)


def downgrade() -> None:
    op.drop_index("ix_handover_area", table_name="handover")
    op.drop_table("handover")
    op.drop_index("ix_collaboration_area", table_name="collaboration")
    op.drop_table("collaboration")
    op.drop_table("partner")
    op.drop_column("area", "merged_at")
    op.drop_column("area", "merged_into")
    op.drop_table("round")
