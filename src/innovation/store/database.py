"""The database factory: engines built from settings, never at import, and migrations."""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import TYPE_CHECKING, Any, NoReturn

from innovation.domain import Refused
from innovation.resources import migrations_dir
from innovation.store.sql import Tx

# SQLAlchemy is imported where an engine is made: a SQLite file opens without it, and its
# import is a third of the program's (see Database).
if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import Connection

# The newest migration; a test checks it against db/migrations, so a database already at
# this revision opens without loading Alembic at all.
SCHEMA_HEAD = "0018"
BUSY_TIMEOUT_MS = 10_000
IDLE = 5  # connections kept for the next thread (as SQLAlchemy's pool did)


def pg_timeouts() -> str:
    """Nothing may hang the program's writers: a lock held elsewhere, a statement or an idle
    transaction that goes on, ends in a refusal (INNOVATION_LOCK_TIMEOUT, 10 s by default)."""
    lock = os.environ.get("INNOVATION_LOCK_TIMEOUT") or "10s"
    if not lock.rstrip("ms").isdigit():
        lock = "10s"
    return (
        f"-c lock_timeout={lock} -c statement_timeout=300s"
        " -c idle_in_transaction_session_timeout=120s"
    )


def normalise_url(url: str) -> str:
    """Accepts a plain file path as well as SQLAlchemy URLs."""
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" in url:
        if url.startswith(("sqlite://", "postgresql+psycopg://")):
            return url
        raise Refused("db.unsupported", url=url)
    return f"sqlite:///{os.path.realpath(os.path.expanduser(url))}"


def sqlite_path(url: str) -> str | None:
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        return url.removeprefix("sqlite:///")
    return None


def _folder_for(path: str) -> None:
    folder = os.path.dirname(path)
    if folder:
        os.makedirs(folder, exist_ok=True)


def _set_up(conn: sqlite3.Connection, synchronous: str, foreign_keys: bool = True) -> None:
    # Take transactions out of the driver's hands so BEGIN IMMEDIATE is ours to issue.
    conn.isolation_level = None
    cur = conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # FULL: an approval must survive a power cut.
    cur.execute(f"PRAGMA synchronous={synchronous}")
    cur.close()


def connect_sqlite(
    path: str, *, synchronous: str = "FULL", foreign_keys: bool = True
) -> sqlite3.Connection:
    """A driver connection to a SQLite file, set up as the engine's are."""
    _folder_for(path)
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    _set_up(conn, synchronous, foreign_keys)
    return conn


def pg_conninfo(url: str) -> str:
    """The address as psycopg takes it (without SQLAlchemy's driver name)."""
    return normalise_url(url).replace("postgresql+psycopg://", "postgresql://", 1)


def connect_pg(url: str) -> Any:
    """A psycopg connection in autocommit (BEGIN and COMMIT are ours to issue), rows as
    dicts, and the timeouts every writer needs; no SQLAlchemy on a command's path."""
    import psycopg
    from psycopg.rows import dict_row

    return psycopg.connect(
        pg_conninfo(url), autocommit=True, row_factory=dict_row, options=pg_timeouts()
    )


def mask_password(url: str) -> str:
    """A server address as shown to people: postgresql://user:***@host/db."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(pg_conninfo(url))
    if parts.password is None:
        return urlunsplit(parts)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{parts.username or ''}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def make_engine(url: str, *, synchronous: str = "FULL") -> Engine:
    from sqlalchemy import create_engine, event

    url = normalise_url(url)
    if not url.startswith("sqlite"):
        # Each thread keeps its connection while it lives (see Database): no fixed ceiling.
        return create_engine(
            url,
            pool_pre_ping=True,
            pool_size=5,
            max_overflow=-1,
            connect_args={"options": pg_timeouts()},
        )
    path = sqlite_path(url)
    if path is not None:
        _folder_for(path)
    engine = create_engine(
        url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        _set_up(dbapi_conn, synchronous)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Writers take the write lock up front: no upgrade deadlock half-way through a command.
        if conn.get_execution_options().get("innovation_read"):
            conn.exec_driver_sql("BEGIN")
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def schema_version(conn: Connection) -> str | None:
    from sqlalchemy import inspect, text

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


def _is_dbapi_error(exc: Exception) -> bool:
    from sqlalchemy.exc import DBAPIError

    return isinstance(exc, DBAPIError)


def _is_driver_error(exc: Exception) -> bool:
    """psycopg's own errors (a server that cannot be reached, refused credentials)."""
    try:
        import psycopg
    except ImportError:
        return False
    return isinstance(exc, psycopg.Error)


class Database:
    """One workspace's database and the two kinds of transaction the service uses.

    Each thread keeps one driver connection of its own (the TUI runs its database work in
    worker threads); transactions on it are begun and ended here.
    """

    def __init__(
        self,
        url: str,
        *,
        synchronous: str = "FULL",
        migrate: bool = True,
        read_only: bool = False,
        foreign_keys: bool = True,
        found: str | None = None,
    ) -> None:
        """`found`: what is at the address as another look just found it (the TUI's first
        reads, made in a child process): taken as the state instead of looking again."""
        self.url = normalise_url(url)
        # A view of the record on a past day: it is read, never written.
        self.read_only = read_only
        # Off only for a scratch database the trail is projected into (a tampered trail may
        # name rows that are not there; replay says so instead of stopping).
        self.foreign_keys = foreign_keys
        self.synchronous = synchronous
        self.dialect = "sqlite" if self.url.startswith("sqlite") else "postgresql"
        self.is_sqlite = self.dialect == "sqlite"
        # A SQLite file is opened with the driver itself: SQLAlchemy's engine (and its
        # import) is made only for a migration, a server, or whoever asks for it.
        self.file = sqlite_path(self.url)
        self._engine: Engine | None = None
        self._local = threading.local()
        self._held: list[tuple[threading.Thread, Any]] = []
        self._idle: list[sqlite3.Connection] = []  # of threads that ended (see _reclaim)
        self._lock = threading.Lock()
        # What is at the address, found without creating or changing anything (see _check):
        # a write brings a new or older schema up to date, a read never does.
        self.state = "ready"
        if found is not None:
            self.state = found
        elif migrate:
            self.state = self._check()

    def _check(self) -> str:
        """'ready', 'old' (a workspace at an earlier schema), 'empty' (nothing there yet);
        refuses a newer schema, and a database that holds tables but is not a workspace."""
        try:
            if self.file is not None:
                if not os.path.isfile(self.file) or os.path.getsize(self.file) == 0:
                    return "empty"
                con = sqlite3.connect(f"file:{self.file}?mode=ro", uri=True)
                try:
                    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
                    found = (
                        con.execute("SELECT version_num FROM alembic_version").fetchone()
                        if "alembic_version" in tables
                        else None
                    )
                finally:
                    con.close()
            else:
                with self.read(checked=True) as tx:
                    tables = {
                        r[0]
                        for r in tx.tuples(
                            "SELECT table_name FROM information_schema.tables"
                            " WHERE table_schema = current_schema()"
                        )
                    }
                    found = (
                        tx.tuples("SELECT version_num FROM alembic_version")[0]
                        if "alembic_version" in tables
                        else None
                    )
        except Exception as exc:
            self._unreadable(exc)
        version = str(found[0]) if found else None
        if version is None:
            if tables - {"sqlite_sequence"}:
                raise Refused("db.foreign", where=self.shown())
            return "empty"
        if version == SCHEMA_HEAD:
            return "ready"
        if not (version.isdigit() and version < SCHEMA_HEAD):
            raise Refused("db.too_new", found=version, expected=SCHEMA_HEAD)
        return "old"

    def _unreadable(self, exc: Exception) -> NoReturn:
        if not isinstance(exc, sqlite3.DatabaseError) and not _is_dbapi_error(exc):
            if isinstance(exc, Refused) or not _is_driver_error(exc):
                raise exc
        self.close()
        detail = str(getattr(exc, "orig", None) or exc).strip().split("\n")[0]
        login = re.search(
            r'role "([^"]+)" does not exist|authentication failed for user "([^"]+)"', detail
        )
        if login and not self.is_sqlite:
            # A person with no login on the server: the owner grants one (read-only), or the
            # person reaches the program over SSH instead.
            name = login.group(1) or login.group(2)
            raise Refused("db.unknown_login", login=name, where=self.shown()) from None
        raise Refused("db.unreadable", where=self.shown(), detail=detail) from None

    def migrate(self) -> str:
        """Brings the schema to the newest migration (if it is not there); returns the version.
        A file that is not a database, or a server that cannot be reached, is refused."""
        if self.state == "ready":
            return SCHEMA_HEAD
        self.state = self._check()  # anew: another process may have migrated it meanwhile
        if self.state == "ready":
            return SCHEMA_HEAD
        try:
            found = upgrade(self.engine)
        except Exception as exc:
            self._unreadable(exc)
        self.state = "ready"
        return found

    def shown(self) -> str:
        """Where the database is, for a message: the file, or the server's address without
        its password."""
        if self.file is not None:
            return str(self.file)
        return mask_password(self.url)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.url, synchronous=self.synchronous)
        return self._engine

    def _raw(self) -> Any:
        raw: Any = getattr(self._local, "raw", None)
        if raw is None:
            self._reclaim()
            proxy: Any
            if self.file is not None:
                with self._lock:
                    raw = self._idle.pop() if self._idle else None
                if raw is None:
                    raw = connect_sqlite(
                        self.file, synchronous=self.synchronous, foreign_keys=self.foreign_keys
                    )
                proxy = raw
                raw.row_factory = sqlite3.Row
            else:
                with self._lock:
                    raw = self._idle.pop() if self._idle else None
                if raw is not None and (raw.closed or raw.broken):
                    raw = None  # the server went away meanwhile
                if raw is None:
                    raw = connect_pg(self.url)
                proxy = raw
            self._local.raw = raw
            with self._lock:
                self._held.append((threading.current_thread(), proxy))
        return raw

    def _reclaim(self) -> None:
        """Gives the connections of threads that have ended back to the pool (the UI starts a
        thread per database job); a few are kept for the next thread (a SQLite connection's
        page cache is warm, a server connection costs a round of authentication)."""
        with self._lock:
            alive = []
            for thread, proxy in self._held:
                if thread.is_alive():
                    alive.append((thread, proxy))
                elif len(self._idle) < IDLE:
                    self._idle.append(proxy)
                else:
                    proxy.close()
            self._held = alive

    def _ready(self, write: bool) -> None:
        """A write brings a new or older schema up to date; a read of a place with no
        workspace, or one at an older schema, is refused and changes nothing."""
        if write:
            self.migrate()
        elif self.state == "empty":
            raise Refused("db.no_workspace", where=self.shown())
        else:
            raise Refused("db.old_schema", where=self.shown(), expected=SCHEMA_HEAD)

    @contextmanager
    def _transaction(self, begin: str, write: bool = False, checking: bool = False) -> Iterator[Tx]:
        current: Tx | None = getattr(self._local, "tx", None)
        if current is not None:
            # Inside a transaction already (a batch, or a command that reads what it is about
            # to commit): join it. Whoever began it commits or rolls back the whole.
            if write and not current.write:
                raise RuntimeError("a write cannot join a read transaction")
            yield current
            return
        if write and self.read_only:
            raise Refused("error.read_only_view")
        if self.state != "ready" and not checking:
            self._ready(write)
        raw = self._raw()
        try:
            raw.execute(begin)
        except sqlite3.OperationalError as exc:
            raise Refused("db.busy") from exc
        tx = Tx(raw, self.dialect, write=write)
        self._local.tx = tx
        try:
            yield tx
            while tx.before_commit:
                tx.before_commit.pop(next(iter(tx.before_commit)))()
        except BaseException as exc:
            self._local.tx = None
            tx.finish_reads()
            raw.execute("ROLLBACK")
            state = getattr(exc, "sqlstate", None)
            if state == "42501":
                # PostgreSQL refused: a login that may not write, or a change to the trail.
                raise Refused("db.not_permitted", detail=str(exc).split("\n")[0]) from None
            if state in ("55P03", "57014", "25P03"):
                raise Refused("db.busy") from None  # a lock or statement timed out
            raise
        self._local.tx = None
        tx.finish_reads()
        try:
            raw.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            raw.execute("ROLLBACK")
            raise Refused("db.busy") from exc

    def batch(self) -> AbstractContextManager[Tx]:
        """One write transaction that every command run inside it joins: all or nothing."""
        return self.write()

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """Inside a batch: undoes what happens in the block if it raises, and nothing else."""
        tx: Tx | None = getattr(self._local, "tx", None)
        if tx is None:
            raise RuntimeError("a savepoint needs an open transaction")
        self._savepoints = getattr(self, "_savepoints", 0) + 1
        name = f"sp{self._savepoints}"
        tx.raw.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            tx.raw.execute(f"ROLLBACK TO SAVEPOINT {name}")
            tx.raw.execute(f"RELEASE SAVEPOINT {name}")
            raise
        tx.raw.execute(f"RELEASE SAVEPOINT {name}")

    def in_transaction(self) -> bool:
        return getattr(self._local, "tx", None) is not None

    def login(self) -> str:
        """The database login of this connection."""
        with self.read(checked=True) as tx:
            return str(tx.value("SELECT session_user"))

    def is_service(self) -> bool:
        """Whether this PostgreSQL login is the program's own service role (or the owner):
        the only logins that write."""
        with self.read(checked=True) as tx:
            return bool(
                tx.value(
                    "SELECT rolsuper OR pg_has_role(session_user, 'innovation_service', 'MEMBER')"
                    " FROM pg_roles WHERE rolname = session_user"
                )
            )

    def write(self) -> AbstractContextManager[Tx]:
        """A write transaction holding the write lock from its first statement."""
        return self._transaction("BEGIN IMMEDIATE" if self.is_sqlite else "BEGIN", write=True)

    def read(self, *, checked: bool = False) -> AbstractContextManager[Tx]:
        """A read transaction: one consistent snapshot for all its statements (`checked`:
        the database's own look at what is there, before it is known to be a workspace)."""
        return self._transaction("BEGIN", checking=checked)

    def close(self) -> None:
        with self._lock:
            for _, proxy in self._held:
                proxy.close()
            for conn in self._idle:
                conn.close()
            self._held.clear()
            self._idle.clear()
        self._local = threading.local()
        if self._engine is not None:
            self._engine.dispose()
