"""the record in time: each event says when it happened as well as when it was recorded; the
trail is appended in order and never changed, by the database's own rule; closed periods keep
their report as a stored document

Events from now on are 11-element documents, `[id, at, actor, kind, area, subject, before, after,
reason, on, prev_hash]`, where `on` is the day it happened; the 10-element documents of earlier
events stay as they were hashed (their day is the one `at` falls on). `prev_hash` is therefore
read from the document's last element. Ids start at 1 and each new event must follow the last
one: its id, its document's id and its link to the last hash (on PostgreSQL also its hash) are
checked by a trigger, and events can be neither updated nor deleted.

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Positions in the document; prev_hash is its last element, `on` exists from version 2.
FIELDS = {"at": 1, "actor": 2, "kind": 3, "area": 4, "subject": 5, "before": 6, "after": 7,
          "reason": 8}  # fmt: skip
NULLABLE = {"area", "subject", "reason"}
VIRTUAL = {"before", "after", "reason"}
GENESIS = "0" * 64


def _generated(dialect: str) -> str:
    columns = []
    for name, position in FIELDS.items():
        if dialect == "sqlite":
            expression = f"json_extract(doc, '$[{position}]')"
        else:
            expression = f"(doc::jsonb ->> {position})"
        null = "" if name in NULLABLE else " NOT NULL"
        kind = "VIRTUAL" if dialect == "sqlite" and name in VIRTUAL else "STORED"
        columns.append(f'"{name}" TEXT{null} GENERATED ALWAYS AS ({expression}) {kind}')
    if dialect == "sqlite":
        on = "CASE WHEN json_array_length(doc) = 11 THEN json_extract(doc, '$[9]') END"
        prev = "json_extract(doc, '$[#-1]')"
    else:
        on = "CASE WHEN jsonb_array_length(doc::jsonb) = 11 THEN doc::jsonb ->> 9 END"
        prev = "(doc::jsonb ->> -1)"
    columns.append(f"on_day TEXT GENERATED ALWAYS AS ({on}) STORED")
    columns.append(f"prev_hash TEXT NOT NULL GENERATED ALWAYS AS ({prev}) STORED")
    return ",\n  ".join(columns)


SQLITE_TRIGGERS = [
    f"""
CREATE TRIGGER audit_event_in_order BEFORE INSERT ON audit_event
WHEN NEW.id <> coalesce((SELECT max(id) FROM audit_event), 0) + 1
  OR json_extract(NEW.doc, '$[0]') IS NOT NEW.id
  OR json_extract(NEW.doc, '$[#-1]') IS NOT
     coalesce((SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1), '{GENESIS}')
BEGIN SELECT RAISE(ABORT, 'innovation: an audit event must follow the last one'); END
""",
    """
CREATE TRIGGER audit_event_unchanged BEFORE UPDATE ON audit_event
BEGIN SELECT RAISE(ABORT, 'innovation: audit events are never changed'); END
""",
    """
CREATE TRIGGER audit_event_kept BEFORE DELETE ON audit_event
BEGIN SELECT RAISE(ABORT, 'innovation: audit events are never deleted'); END
""",
    """
CREATE TRIGGER report_revision_unchanged BEFORE UPDATE ON report_revision
BEGIN SELECT RAISE(ABORT, 'innovation: a stored report is never changed'); END
""",
    """
CREATE TRIGGER report_revision_kept BEFORE DELETE ON report_revision
BEGIN SELECT RAISE(ABORT, 'innovation: a stored report is never deleted'); END
""",
]

POSTGRESQL_TRIGGERS = [
    f"""
CREATE OR REPLACE FUNCTION innovation_audit_in_order() RETURNS trigger AS $$
DECLARE
  last_id bigint;
  last_hash text;
BEGIN
  SELECT id, hash INTO last_id, last_hash FROM audit_event ORDER BY id DESC LIMIT 1;
  IF NEW.id <> coalesce(last_id, 0) + 1
     OR (NEW.doc::jsonb ->> 0) IS DISTINCT FROM NEW.id::text
     OR (NEW.doc::jsonb ->> -1) IS DISTINCT FROM coalesce(last_hash, '{GENESIS}')
     OR encode(sha256(convert_to(NEW.doc, 'UTF8')), 'hex') <> NEW.hash THEN
    RAISE EXCEPTION 'innovation: an audit event must follow the last one'
      USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql
""",
    """
CREATE OR REPLACE FUNCTION innovation_never_changed() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'innovation: % rows are never changed or deleted', TG_TABLE_NAME
    USING ERRCODE = '42501';
END $$ LANGUAGE plpgsql
""",
    "CREATE TRIGGER innovation_in_order BEFORE INSERT ON audit_event"
    " FOR EACH ROW EXECUTE FUNCTION innovation_audit_in_order()",
    "CREATE TRIGGER innovation_unchanged BEFORE UPDATE OR DELETE ON audit_event"
    " FOR EACH ROW EXECUTE FUNCTION innovation_never_changed()",
    "CREATE TRIGGER innovation_not_truncated BEFORE TRUNCATE ON audit_event"
    " FOR EACH STATEMENT EXECUTE FUNCTION innovation_never_changed()",
    "CREATE TRIGGER innovation_unchanged BEFORE UPDATE OR DELETE ON report_revision"
    " FOR EACH ROW EXECUTE FUNCTION innovation_never_changed()",
    "CREATE TRIGGER innovation_not_truncated BEFORE TRUNCATE ON report_revision"
    " FOR EACH STATEMENT EXECUTE FUNCTION innovation_never_changed()",
]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.execute("ALTER TABLE audit_event RENAME TO audit_event_old")
    if dialect == "sqlite":
        for name in ("ix_audit_area_id", "ix_audit_subject", "ix_audit_kind_at"):
            op.execute(f"DROP INDEX IF EXISTS {name}")
    else:
        for name in ("ix_audit_area_id", "ix_audit_subject", "ix_audit_kind_at"):
            op.execute(f"ALTER INDEX IF EXISTS {name} RENAME TO {name}_old")
    op.execute(
        "CREATE TABLE audit_event (\n  id INTEGER NOT NULL PRIMARY KEY CHECK (id >= 1),\n"
        f"  doc TEXT NOT NULL,\n  hash VARCHAR(64) NOT NULL,\n  {_generated(dialect)}\n)"
    )
    op.execute("INSERT INTO audit_event (id, doc, hash) SELECT id, doc, hash FROM audit_event_old")
    op.execute("DROP TABLE audit_event_old")
    op.create_index("ix_audit_area_id", "audit_event", ["area", "id"])
    op.create_index("ix_audit_subject", "audit_event", ["subject"])
    op.create_index("ix_audit_kind_at", "audit_event", ["kind", "at"])
    # An area's latest day: a step may not be dated before it (service/base.py).
    op.create_index("ix_audit_area_on", "audit_event", ["area", "on_day", "id"])

    op.create_table(
        "report_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("doc", sa.Text(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("changes", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("created_by", sa.String(length=63), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["created_by"], ["person.username"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("period", "revision", name="uq_report_revision"),
    )
    for statement in SQLITE_TRIGGERS if dialect == "sqlite" else POSTGRESQL_TRIGGERS:
        op.execute(statement)
    if dialect == "postgresql":
        # As migration 0013 had it for the table this one replaces.
        op.execute("GRANT SELECT, INSERT ON audit_event TO innovation_member")
        op.execute("GRANT SELECT, INSERT ON report_revision TO innovation_member")
        op.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO innovation_member")
        op.execute(
            "CREATE CONSTRAINT TRIGGER innovation_actor AFTER INSERT ON audit_event"
            " FOR EACH ROW EXECUTE FUNCTION innovation_actor_check('actor')"
        )
        op.execute(
            "CREATE TRIGGER innovation_actor BEFORE INSERT OR UPDATE ON report_revision"
            " FOR EACH ROW EXECUTE FUNCTION innovation_actor_check('created_by')"
        )


def downgrade() -> None:
    """Back to 0014's table: the documents stay as they are (their hashes must), without the
    day column and the database's guards; prev_hash is still read from the last element."""
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in ("audit_event_in_order", "audit_event_unchanged", "audit_event_kept"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        for name in ("innovation_in_order", "innovation_unchanged", "innovation_not_truncated"):
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON audit_event")
    op.drop_table("report_revision")
    op.execute("ALTER TABLE audit_event RENAME TO audit_event_new")
    for name in ("ix_audit_area_id", "ix_audit_subject", "ix_audit_kind_at"):
        if dialect == "sqlite":
            op.execute(f"DROP INDEX IF EXISTS {name}")
        else:
            op.execute(f"ALTER INDEX IF EXISTS {name} RENAME TO {name}_new")
    columns = _generated(dialect).split(",\n  ")
    kept = ",\n  ".join(c for c in columns if not c.startswith("on_day"))
    op.execute(
        "CREATE TABLE audit_event (\n  id INTEGER NOT NULL PRIMARY KEY,\n"
        f"  doc TEXT NOT NULL,\n  hash VARCHAR(64) NOT NULL,\n  {kept}\n)"
    )
    op.execute("INSERT INTO audit_event (id, doc, hash) SELECT id, doc, hash FROM audit_event_new")
    op.execute("DROP TABLE audit_event_new")
    op.create_index("ix_audit_area_id", "audit_event", ["area", "id"])
    op.create_index("ix_audit_subject", "audit_event", ["subject"])
    op.create_index("ix_audit_kind_at", "audit_event", ["kind", "at"])
    if dialect == "postgresql":
        op.execute("GRANT SELECT, INSERT ON audit_event TO innovation_member")
        op.execute(
            "CREATE CONSTRAINT TRIGGER innovation_actor AFTER INSERT ON audit_event"
            " FOR EACH ROW EXECUTE FUNCTION innovation_actor_check('actor')"
        )
