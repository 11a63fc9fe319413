"""PostgreSQL: who acts is the database login — group roles, grants without UPDATE, DELETE or
TRUNCATE on audit events, and triggers that refuse rows written in someone else's name

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-23
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Columns that name who did something, by table: on PostgreSQL each must be the login that
# writes it (the database's own check; the service layer checks the rest).
ACTOR_COLUMNS = {
    "round": ["created_by"],
    "partner": ["created_by"],
    "collaboration": ["created_by"],
    "handover": ["created_by"],
    "activity": ["created_by"],
    "trial": ["created_by"],
    "idea": ["created_by", "decided_by"],
    "idea_support": ["username"],
    "idea_score": ["username"],
    "lesson": ["created_by"],
    "indicator": ["created_by"],
    "request": ["requested_by", "decided_by"],
    "indicator_value": ["recorded_by"],
    "assignment": ["created_by"],
    "assignment_status": ["reported_by"],
    "period": ["opened_by", "closed_by"],
    "status_report": ["reported_by"],
    "delegation": ["fadder"],
}
GROUPS = ["innovation_member", "innovation_ledartroja", "innovation_fadder",
          "innovation_facilitator", "innovation_admin"]  # fmt: skip


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for group in GROUPS:
        op.execute(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}')"
            f" THEN CREATE ROLE {group} NOLOGIN; END IF; END $$"
        )
    for group in GROUPS[1:]:
        op.execute(f"GRANT innovation_member TO {group}")
    # A superuser (the installation's owner) is trusted; every other login writes as itself.
    op.execute(
        """
CREATE OR REPLACE FUNCTION innovation_actor_check() RETURNS trigger AS $$
DECLARE
  col text;
  new_value text;
  old_value text;
BEGIN
  IF (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN
    RETURN NEW;
  END IF;
  FOREACH col IN ARRAY TG_ARGV LOOP
    new_value := to_jsonb(NEW) ->> col;
    old_value := CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) ->> col END;
    IF new_value IS NOT NULL AND new_value IS DISTINCT FROM old_value
       AND new_value <> session_user THEN
      RAISE EXCEPTION 'innovation: % may not write % = % in %',
        session_user, col, new_value, TG_TABLE_NAME USING ERRCODE = '42501';
    END IF;
  END LOOP;
  RETURN NEW;
END $$ LANGUAGE plpgsql
"""
    )
    for table, columns in ACTOR_COLUMNS.items():
        args = ", ".join(f"'{c}'" for c in columns)
        op.execute(
            f"CREATE TRIGGER innovation_actor BEFORE INSERT OR UPDATE ON {table}"
            f" FOR EACH ROW EXECUTE FUNCTION innovation_actor_check({args})"
        )
        for column in columns:
            if column not in ("decided_by", "closed_by"):
                op.execute(f"ALTER TABLE {table} ALTER COLUMN {column} SET DEFAULT session_user")
    # The audit event's actor is derived from its document after BEFORE triggers run.
    op.execute(
        "CREATE CONSTRAINT TRIGGER innovation_actor AFTER INSERT ON audit_event"
        " FOR EACH ROW EXECUTE FUNCTION innovation_actor_check('actor')"
    )
    grant_all()


def grant_all() -> None:
    """What logins may do: everything the program does, except changing audit events."""
    op.execute("GRANT SELECT, INSERT ON audit_event TO innovation_member")
    op.execute("GRANT SELECT ON alembic_version TO innovation_member")
    op.execute(
        """
DO $$ DECLARE t text; BEGIN
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
    AND tablename NOT IN ('audit_event', 'alembic_version') LOOP
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO innovation_member', t);
  END LOOP;
END $$
"""
    )
    op.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO innovation_member")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS innovation_actor ON audit_event")
    for table, columns in ACTOR_COLUMNS.items():
        op.execute(f"DROP TRIGGER IF EXISTS innovation_actor ON {table}")
        for column in columns:
            op.execute(f"ALTER TABLE {table} ALTER COLUMN {column} DROP DEFAULT")
    op.execute("DROP FUNCTION IF EXISTS innovation_actor_check()")
