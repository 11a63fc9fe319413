"""The database factory: engines built from settings, never at import, and migrations."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

from innovation.domain import Refused
from innovation.resources import migrations_dir

# The newest migration; a test checks it against db/migrations, so a database already at
# this revision opens without loading Alembic at all.
SCHEMA_HEAD = "0001"
BUSY_TIMEOUT_MS = 10_000


def normalise_url(url: str) -> str:
    """Accepts a plain file path as well as SQLAlchemy URLs."""
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" in url:
        if url.startswith(("sqlite://", "postgresql+psycopg://")):
            return url
        raise Refused("db.unsupported", url=url)
    return f"sqlite:///{Path(url).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        return Path(url.removeprefix("sqlite:///"))
    return None


def make_engine(url: str, *, synchronous: str = "FULL") -> Engine:
    url = normalise_url(url)
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take transactions out of the driver's hands so BEGIN IMMEDIATE is ours to issue.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # FULL: an approval must survive a power cut.
        cur.execute(f"PRAGMA synchronous={synchronous}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Writers take the write lock up front: no upgrade deadlock half-way through a command.
        if conn.get_execution_options().get("innovation_read"):
            conn.exec_driver_sql("BEGIN")
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def schema_version(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine) -> str:
    """Brings the schema to the newest migration; returns the version."""
    with engine.connect().execution_options(innovation_read=True) as conn:
        with conn.begin():
            found = schema_version(conn)
    if found == SCHEMA_HEAD:
        return found
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        found = schema_version(conn)
    if found != SCHEMA_HEAD:
        raise Refused("db.too_new", found=found, expected=SCHEMA_HEAD)
    return found


class Database:
    """One workspace's database: an engine and the two kinds of transaction the service uses."""

    def __init__(self, url: str, *, synchronous: str = "FULL", migrate: bool = True) -> None:
        self.url = normalise_url(url)
        self.engine = make_engine(self.url, synchronous=synchronous)
        self.is_sqlite = self.url.startswith("sqlite")
        if migrate:
            upgrade(self.engine)

    @contextmanager
    def write(self) -> Iterator[Connection]:
        try:
            with self.engine.begin() as conn:
                yield conn
        except OperationalError as exc:
            if "locked" in str(exc.orig) or "busy" in str(exc.orig):
                raise Refused("db.busy") from exc
            raise

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect().execution_options(innovation_read=True) as conn:
            with conn.begin():
                yield conn

    def close(self) -> None:
        self.engine.dispose()
