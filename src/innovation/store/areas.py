"""Reads of areas: an area with everything the engine may judge, counted for its cycle."""

from __future__ import annotations

from innovation.store.record import Record
from innovation.store.rows import AreaRow, Stamp
from innovation.store.sql import Tx, columns


class AreaFactsRow(AreaRow):
    """An area's row (its fields first) and what it holds in its cycle."""

    n_activities: int
    n_tests: int
    n_results: int
    n_lessons: int
    n_indicators: int
    open_request: int | None
    n_ideas: int
    n_ideas_res: int
    n_ideas_staff: int
    n_ideas_stop: int
    n_ideas_prom: int


_FACTS = f"""
SELECT {columns(AreaRow, "a")},
  (SELECT count(*) FROM activity x WHERE x.area_id = a.id AND x.cycle = a.cycle),
  (SELECT count(*) FROM trial x WHERE x.area_id = a.id AND x.cycle = a.cycle),
  (SELECT count(*) FROM trial x WHERE x.area_id = a.id AND x.cycle = a.cycle
     AND x.result IS NOT NULL),
  (SELECT count(*) FROM lesson x WHERE x.area_id = a.id AND x.cycle = a.cycle),
  (SELECT count(*) FROM indicator x WHERE x.area_id = a.id),
  (SELECT min(x.id) FROM request x WHERE x.area_id = a.id AND x.status = 'open'),
  (SELECT count(*) FROM idea x WHERE x.area_id = a.id),
  (SELECT count(*) FROM idea x WHERE x.area_id = a.id AND x.source = 'resident'),
  (SELECT count(*) FROM idea x WHERE x.area_id = a.id AND x.source = 'employee'),
  (SELECT count(*) FROM idea x WHERE x.area_id = a.id AND x.kind = 'stop'),
  (SELECT count(*) FROM idea x WHERE x.area_id = a.id AND x.status = 'promoted')
FROM area a WHERE a.id = :id
"""


def facts(tx: Tx, area_id: int) -> AreaFactsRow | None:
    """The area with its counts; a writer holds the area's row until it commits, so it reads
    the area as the last writer left it."""
    tx.lock("area", area_id)
    return tx.get(AreaFactsRow, _FACTS, id=area_id)


class SummaryRow(Record):
    """An area as the board and `area list` show it."""

    id: int
    question: str
    track: str
    phase: str
    cycle: int
    round: str | None
    fadder: str
    ledartroja1: str
    ledartroja2: str
    phase_since: Stamp
    hold_until: str | None
    hold_reason: str | None
    merged_into: int | None
    merged_at: Stamp | None
    open_request: int | None


_SUMMARY = (
    f"SELECT {columns(SummaryRow, 'a').rsplit(', ', 1)[0]}, (SELECT min(r.id) FROM request r"
    " WHERE r.area_id = a.id AND r.status = 'open')"
)


def summaries(tx: Tx, *, merged: bool = False, round: str | None = None) -> list[SummaryRow]:
    """The areas by id: those still going (with `merged` also those merged into another),
    of one round or all. Plain tuples: the board reads every area when it opens."""
    where = [] if merged else ["a.merged_into IS NULL"]
    if round is not None:
        where.append("a.round = :round")
    sql = _SUMMARY + " FROM area a"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return tx.fetch(SummaryRow, sql + " ORDER BY a.id", round=round)


class StatementsRow(Record):
    """An area's statements as they stand: its scope, its nyläge and its receiving owner."""

    id: int
    scope: str | None
    nylage: str | None
    owner: str | None


def statements(tx: Tx) -> list[StatementsRow]:
    """Every area's statements, by id (one read for a report of thousands of areas)."""
    return tx.fetch(StatementsRow, "SELECT id, scope, nylage, owner FROM area ORDER BY id")


def board_head(tx: Tx, per_phase: int) -> tuple[list[SummaryRow], dict[str, int]]:
    """The first `per_phase` areas still going in each phase (by id), and how many each phase
    has (both read by an index)."""
    counts = tx.tuples("SELECT phase, count(*) FROM area WHERE merged_into IS NULL GROUP BY phase")
    # A phase at a time: its index (phase, merged_into, then id) gives the first areas in
    # order, where numbering every area of every phase first took 8 ms of 3,200 areas.
    rows: list[SummaryRow] = []
    for phase, _ in counts:
        rows += tx.fetch(
            SummaryRow,
            f"{_SUMMARY} FROM area a WHERE a.phase = :phase AND a.merged_into IS NULL"
            " ORDER BY a.id LIMIT :n",
            phase=phase,
            n=per_phase,
        )
    rows.sort(key=lambda r: r.id)
    return rows, {str(phase): int(n) for phase, n in counts}


def tracks(tx: Tx, area_id: int | None = None) -> dict[int, str]:
    """Each area's track (or one area's)."""
    where = " WHERE id = :area" if area_id is not None else ""
    return {
        int(i): str(t) for i, t in tx.tuples(f"SELECT id, track FROM area{where}", area=area_id)
    }


def merged_from(tx: Tx, area_id: int) -> list[int]:
    """The areas merged into this one."""
    rows = tx.tuples("SELECT id FROM area WHERE merged_into = :id ORDER BY id", id=area_id)
    return [int(r[0]) for r in rows]


_HOLDINGS = ("activity", "trial", "lesson", "indicator", "idea")


def holdings(tx: Tx, area_id: int) -> dict[str, int]:
    """How many activities, tests, lessons, indicators and ideas the area holds (all cycles)."""
    return {
        table: int(tx.value(f"SELECT count(*) FROM {table} WHERE area_id = :a", a=area_id))
        for table in _HOLDINGS
    }


def mark_merged(tx: Tx, area_id: int, into: int, at: Stamp) -> None:
    """Ends an area by merging it into another."""
    tx.run(
        "UPDATE area SET merged_into = :into, merged_at = :at WHERE id = :id",
        into=into,
        at=at,
        id=area_id,
    )


def sponsored_by(tx: Tx, username: str) -> list[int]:
    """The areas the person is fadder of (merged ones too)."""
    rows = tx.tuples("SELECT id FROM area WHERE fadder = :u ORDER BY id", u=username)
    return [int(r[0]) for r in rows]


def led_by(tx: Tx, username: str) -> list[int]:
    """The areas the person leads (merged ones too)."""
    rows = tx.tuples(
        "SELECT id FROM area WHERE ledartroja1 = :u OR ledartroja2 = :u ORDER BY id", u=username
    )
    return [int(r[0]) for r in rows]
