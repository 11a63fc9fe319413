"""people reach the program, never the database: the program writes as one service role; SSH
keys name the people; personal logins are read-only, on views, for analysts

On PostgreSQL the per-person write logins of migration 0013 are taken back: their groups keep
no privilege at all, the triggers that checked each row's writer against the login go (the
program writes as `innovation_service` for whoever the SSH key named), and `innovation_analyst`
may only read a set of views. Advisory locks are the service's alone, so no other login can
hold the trail's lock and hang the writers.

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_GROUPS = ["innovation_member", "innovation_ledartroja", "innovation_fadder",
              "innovation_facilitator", "innovation_admin"]  # fmt: skip
ACTOR_TABLES = ["round", "partner", "collaboration", "handover", "activity", "trial", "idea",
                "idea_support", "idea_score", "lesson", "indicator", "request", "indicator_value",
                "assignment", "assignment_status", "period", "status_report", "delegation",
                "report_revision"]  # fmt: skip
# What an analyst may read, and how: plain views, no trail documents, no keys.
VIEWS = {
    "analyst_area": "SELECT id, question, track, phase, cycle, round, fadder, ledartroja1,"
    " ledartroja2, scope, nylage, owner, created_at, phase_since, hold_until, merged_into"
    " FROM area",
    "analyst_activity": "SELECT id, area_id, cycle, date, kind, residents, staff, managers"
    " FROM activity",
    "analyst_test": "SELECT id, area_id, cycle, hypothesis, result, outcome, created_at,"
    " result_at FROM trial",
    "analyst_lesson": "SELECT id, area_id, cycle, text, created_at FROM lesson",
    "analyst_indicator": "SELECT id, area_id, name, unit, baseline_year, baseline, national,"
    " target FROM indicator",
    "analyst_indicator_value": "SELECT indicator_id, year, gender, value, source"
    " FROM indicator_value",
    "analyst_status": "SELECT area_id, period, color, cause, measures, reported_at"
    " FROM status_report",
    "analyst_phase_stay": "SELECT area_id, phase, since, until, days FROM phase_stay",
    "analyst_event": "SELECT id, at, on_day, actor, kind, area, subject FROM audit_event",
}
ADVISORY = ["pg_advisory_lock(bigint)", "pg_advisory_xact_lock(bigint)",
            "pg_try_advisory_lock(bigint)", "pg_try_advisory_xact_lock(bigint)",
            "pg_advisory_lock_shared(bigint)", "pg_advisory_xact_lock_shared(bigint)"]  # fmt: skip


def upgrade() -> None:
    op.create_table(
        "ssh_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=63), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("fingerprint", sa.String(length=60), nullable=False),
        sa.Column("public_key", sa.Text(), nullable=False),
        sa.Column("comment", sa.String(length=200), nullable=True),
        sa.Column("added_by", sa.String(length=63), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_by", sa.String(length=63), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["username"], ["person.username"]),
        sa.ForeignKeyConstraint(["added_by"], ["person.username"]),
        sa.ForeignKeyConstraint(["revoked_by"], ["person.username"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("fingerprint", name="uq_ssh_key_fingerprint"),
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in ACTOR_TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS innovation_actor ON {table}")
    op.execute("DROP TRIGGER IF EXISTS innovation_actor ON audit_event")
    for group in ["innovation_service", "innovation_analyst", *OLD_GROUPS]:
        op.execute(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}')"
            f" THEN CREATE ROLE {group} NOLOGIN; END IF; END $$"
        )
    for group in OLD_GROUPS + ["innovation_analyst"]:
        op.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {group}")
        op.execute(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {group}")
    # The program's own role: everything it does, and never a change to the trail or to a
    # delivered report.
    op.execute(
        """
DO $$ DECLARE t text; BEGIN
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
    AND tablename NOT IN ('audit_event', 'report_revision', 'alembic_version') LOOP
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO innovation_service', t);
  END LOOP;
END $$
"""
    )
    op.execute("GRANT SELECT, INSERT ON audit_event, report_revision TO innovation_service")
    op.execute("GRANT SELECT ON alembic_version TO innovation_service")
    op.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO innovation_service")
    # An analyst's login may see which schema it reads (the program checks it first).
    op.execute("GRANT SELECT ON alembic_version TO innovation_analyst")
    for name, query in VIEWS.items():
        op.execute(f"CREATE OR REPLACE VIEW {name} AS {query}")
        op.execute(f"GRANT SELECT ON {name} TO innovation_analyst")
    # Only the program may take the trail's lock: nobody else can hold it and hang writers.
    for function in ADVISORY:
        op.execute(
            "DO $$ BEGIN"
            f" REVOKE EXECUTE ON FUNCTION {function} FROM PUBLIC;"
            f" GRANT EXECUTE ON FUNCTION {function} TO innovation_service;"
            " EXCEPTION WHEN insufficient_privilege THEN"
            f" RAISE NOTICE 'innovation: could not restrict {function}: run db upgrade as the"
            " database owner';"
            " END $$"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name in VIEWS:
            op.execute(f"DROP VIEW IF EXISTS {name}")
    op.drop_table("ssh_key")
