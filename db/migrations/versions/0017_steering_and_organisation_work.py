"""the steering structure and the organisation's own work: målområden with their goals and
the vision (settings), an assignment's text, points, Nuläge and Nyläge, which assignments an
area serves, assignment indicators with yearly values and a judged target kind, activities of
the whole organisation (planned, then done with their counts), training of ledartröjor, a
partner's status before any area works with it, and where, how often and in which language a
person's reminders go

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEW_TABLES = ["setting", "goal_area", "area_assignment", "assignment_indicator_value",
              "org_activity", "training"]  # fmt: skip


def _who() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("created_by", sa.String(length=63), sa.ForeignKey("person.username"),
                  nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    ]  # fmt: skip


def upgrade() -> None:
    op.create_table(
        "setting",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        *_who(),
        sa.UniqueConstraint("key", name="uq_setting_key"),
    )
    op.create_table(
        "goal_area",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("goals", sa.Text(), nullable=False),
        *_who(),
        sa.UniqueConstraint("name", name="uq_goal_area_name"),
    )
    # Plain ADD COLUMN on both databases: SQLite's batch mode would copy the table, which
    # other tables' foreign keys point at.
    sqlite = op.get_bind().dialect.name == "sqlite"
    for column in ("points", "nulage", "nylage"):
        op.add_column("assignment", sa.Column(column, sa.Text(), nullable=True))
    if sqlite:
        # A column with a foreign key, added as SQLite allows (a downgrade there leaves it).
        columns = [r[1] for r in op.get_bind().exec_driver_sql("PRAGMA table_info(assignment)")]
        if "goal_area_id" not in columns:
            op.execute(
                "ALTER TABLE assignment ADD COLUMN goal_area_id INTEGER REFERENCES goal_area (id)"
            )
    else:
        op.add_column("assignment", sa.Column("goal_area_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            "fk_assignment_goal_area", "assignment", "goal_area", ["goal_area_id"], ["id"]
        )
    op.create_table(
        "area_assignment",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("area_id", sa.Integer(), sa.ForeignKey("area.id"), nullable=False),
        sa.Column("assignment_id", sa.Integer(), sa.ForeignKey("assignment.id"),
                  nullable=False),
        *_who(),
        sa.UniqueConstraint("area_id", "assignment_id", name="uq_area_assignment"),
    )  # fmt: skip
    op.add_column("assignment_indicator", sa.Column("source", sa.String(length=60), nullable=True))
    op.add_column(
        "assignment_indicator", sa.Column("target_kind", sa.String(length=20), nullable=True)
    )
    op.add_column("assignment_indicator", sa.Column("target_value", sa.Float(), nullable=True))
    op.create_table(
        "assignment_indicator_value",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("indicator_id", sa.Integer(), sa.ForeignKey("assignment_indicator.id"),
                  nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("national", sa.Float(), nullable=True),
        sa.Column("rank", sa.Integer(), nullable=True),
        sa.Column("ranked", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=200), nullable=False),
        *_who(),
        sa.UniqueConstraint("indicator_id", "year", name="uq_assignment_value_year"),
    )  # fmt: skip
    op.create_table(
        "org_activity",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(length=100), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("assignment_id", sa.Integer(), sa.ForeignKey("assignment.id"), nullable=True),
        sa.Column("planned_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("residents", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("staff", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("managers", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("note", sa.Text(), nullable=True),
        *_who(),
    )
    op.create_table(
        "training",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("trainer", sa.String(length=63), sa.ForeignKey("person.username"),
                  nullable=False),
        sa.Column("trainee", sa.String(length=63), sa.ForeignKey("person.username"),
                  nullable=False),
        sa.Column("on_day", sa.Date(), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        *_who(),
    )  # fmt: skip
    op.add_column(
        "partner",
        sa.Column("status", sa.String(length=20), nullable=False, server_default="explored"),
    )
    # Where a person's reminders go, and how often (daily, weekly, none).
    op.add_column("person", sa.Column("email", sa.String(length=254), nullable=True))
    op.add_column(
        "person",
        sa.Column("digest", sa.String(length=10), nullable=False, server_default="weekly"),
    )
    op.add_column("person", sa.Column("lang", sa.String(length=2), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        for table in NEW_TABLES:
            op.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO innovation_service")
        op.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO innovation_service")


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.drop_column("partner", "status")
    op.drop_column("person", "lang")
    op.drop_column("person", "digest")
    op.drop_column("person", "email")
    for table in ("training", "org_activity", "assignment_indicator_value", "area_assignment"):
        op.drop_table(table)
    for column in ("target_value", "target_kind", "source"):
        op.drop_column("assignment_indicator", column)
    # SQLite cannot drop a column with a foreign key: there it stays, empty.
    op.execute("UPDATE assignment SET goal_area_id = NULL")
    if not sqlite:
        op.drop_constraint("fk_assignment_goal_area", "assignment", type_="foreignkey")
        op.drop_column("assignment", "goal_area_id")
    for column in ("nylage", "nulage", "points"):
        op.drop_column("assignment", column)
    op.drop_table("goal_area")
    op.drop_table("setting")
