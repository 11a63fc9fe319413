"""audit: the canonical document is the event; every other field is generated from it

Each event row keeps `doc`, the canonical JSON array its `hash` covers, and the database derives
at, actor, kind, area, subject, before, after, reason and prev_hash from it (stored generated
columns): a field can no longer say something the hashed document does not, and verifying the
chain reads one column and hashes it.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FIELDS = ("id", "at", "actor", "kind", "area", "subject", "before", "after", "reason", "prev_hash")
NULLABLE = {"area", "subject", "reason"}
# Long texts are computed when read (VIRTUAL) so rows stay small; PostgreSQL stores them all.
VIRTUAL = {"before", "after", "reason"}


def _generated(dialect: str) -> str:
    columns = []
    for position, name in enumerate(FIELDS):
        if name == "id":
            continue
        if dialect == "sqlite":
            expression = f"json_extract(doc, '$[{position}]')"
        else:
            expression = f"(doc::jsonb ->> {position})"
        null = "" if name in NULLABLE else " NOT NULL"
        kind = "VIRTUAL" if dialect == "sqlite" and name in VIRTUAL else "STORED"
        columns.append(f'"{name}" TEXT{null} GENERATED ALWAYS AS ({expression}) {kind}')
    return ",\n  ".join(columns)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.execute("ALTER TABLE audit_event RENAME TO audit_event_old")
    op.execute(
        "CREATE TABLE audit_event (\n  id INTEGER NOT NULL PRIMARY KEY,\n  doc TEXT NOT NULL,\n"
        f"  hash VARCHAR(64) NOT NULL,\n  {_generated(dialect)}\n)"
    )
    if dialect == "sqlite":
        document = (
            "json_array(id, replace(at, ' ', 'T') || 'Z', actor, kind, area, subject,"
            " before, after, reason, prev_hash)"
        )
    else:  # pragma: no cover - PostgreSQL arrives with its own suite
        document = (
            "json_build_array(id, to_char(at AT TIME ZONE 'UTC',"
            ' \'YYYY-MM-DD"T"HH24:MI:SS.US"Z"\'), actor, kind, area, subject, before, after,'
            " reason, prev_hash)::text"
        )
    op.execute(
        f"INSERT INTO audit_event (id, doc, hash) SELECT id, {document}, hash"
        " FROM audit_event_old ORDER BY id"
    )
    op.execute("DROP TABLE audit_event_old")
    op.create_index("ix_audit_area_id", "audit_event", ["area", "id"])
    op.create_index("ix_audit_subject", "audit_event", ["subject"])


def downgrade() -> None:
    raise NotImplementedError("the audit trail's storage is not taken back to plain columns")
