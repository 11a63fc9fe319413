"""Being told when the record changes: on PostgreSQL by LISTEN/NOTIFY on the channel every
appended event notifies (store/trail.py); the caller gets one call per batch of events."""

from __future__ import annotations

from collections.abc import Callable

from innovation.domain import Refused
from innovation.store.database import Database, pg_conninfo


def listen(
    db: Database,
    *,
    running: Callable[[], bool],
    changed: Callable[[], object],
    every: float,
    since: int | None = None,
) -> None:
    """Calls `changed` after each batch of new events until `running()` is false; checks it
    every `every` seconds. With `since`, also once as soon as it listens if an event newer
    than that is there already (recorded before the listening began). A lost connection is a
    Refused with the driver's reason."""
    import psycopg

    from innovation.store.events import LAST_ID
    from innovation.store.trail import CHANGES_CHANNEL

    try:
        with psycopg.connect(pg_conninfo(db.url), autocommit=True) as conn:
            conn.execute(f"LISTEN {CHANGES_CHANNEL}")
            if since is not None:
                row = conn.execute(LAST_ID).fetchone()
                if row is not None and row[0] != since:
                    changed()
            while running():
                # Many events of one command arrive together: one call for them all.
                if list(conn.notifies(timeout=every)):
                    changed()
    except psycopg.Error as exc:
        raise Refused("db.unreadable", where=db.shown(), detail=str(exc).split("\n")[0]) from None
