"""Reads and writes of ideas, their scores and their support."""

from __future__ import annotations

from decimal import Decimal

from innovation.store.rows import IdeaRow, IdeaScoreRow, Stamp
from innovation.store.sql import Tx, columns


class IdeaFacts(IdeaRow):
    """An idea's row (its fields first), its support and scores, and the test it became."""

    supporters: int
    scorers: int
    # PostgreSQL's avg of a numeric is a Decimal.
    score: float | Decimal | None
    test_id: int | None


_IDEAS = f"""
SELECT {columns(IdeaRow, "i")},
  (SELECT count(*) FROM idea_support s WHERE s.idea_id = i.id),
  (SELECT count(*) FROM idea_score s WHERE s.idea_id = i.id),
  (SELECT avg((s.effect + s.speed + (6 - s.cost)) / 3.0) FROM idea_score s
     WHERE s.idea_id = i.id),
  (SELECT max(x.id) FROM trial x WHERE x.idea_id = i.id)
FROM idea i
"""


def idea(tx: Tx, idea_id: int) -> IdeaFacts | None:
    return tx.get(IdeaFacts, _IDEAS + " WHERE i.id = :id", id=idea_id)


def ideas(
    tx: Tx, *, area_id: int | None = None, status: str | None = None, kind: str | None = None
) -> list[IdeaFacts]:
    """Ideas by id: of an area (those moved away from it too), in a status, of a kind."""
    where = []
    if area_id is not None:
        where.append("(i.area_id = :a OR i.origin_area_id = :a)")
    if status is not None:
        where.append("i.status = :status")
    if kind is not None:
        where.append("i.kind = :kind")
    sql = _IDEAS + (" WHERE " + " AND ".join(where) if where else "")
    return tx.fetch(IdeaFacts, sql + " ORDER BY i.id", a=area_id, status=status, kind=kind)


def everything(tx: Tx) -> list[IdeaRow]:
    return tx.fetch(IdeaRow, f"SELECT {columns(IdeaRow)} FROM idea ORDER BY id")


def scored_by(tx: Tx, idea_id: int, username: str) -> bool:
    """Whether the person has scored the idea."""
    return score_by(tx, idea_id, username) is not None


def score_by(tx: Tx, idea_id: int, username: str) -> IdeaScoreRow | None:
    return tx.get(
        IdeaScoreRow,
        f"SELECT {columns(IdeaScoreRow)} FROM idea_score WHERE idea_id = :i AND username = :u",
        i=idea_id,
        u=username,
    )


def scores(tx: Tx, idea_id: int) -> list[IdeaScoreRow]:
    return tx.fetch(
        IdeaScoreRow,
        f"SELECT {columns(IdeaScoreRow)} FROM idea_score WHERE idea_id = :i ORDER BY id",
        i=idea_id,
    )


def rescore(
    tx: Tx, score_id: int, *, effect: int, cost: int, speed: int, reason: str, at: Stamp
) -> None:
    tx.run(
        "UPDATE idea_score SET effect = :effect, cost = :cost, speed = :speed,"
        " reason = :reason, created_at = :at WHERE id = :id",
        effect=effect,
        cost=cost,
        speed=speed,
        reason=reason,
        at=at,
        id=score_id,
    )


def support_by(tx: Tx, idea_id: int, username: str) -> int | None:
    """The id of the person's support of the idea, if they support it."""
    found = tx.value(
        "SELECT id FROM idea_support WHERE idea_id = :i AND username = :u", i=idea_id, u=username
    )
    return None if found is None else int(found)


def remove_support(tx: Tx, support_id: int) -> None:
    tx.run("DELETE FROM idea_support WHERE id = :id", id=support_id)


def supported_by(tx: Tx, username: str) -> set[int]:
    """The ideas the person supports."""
    rows = tx.tuples("SELECT idea_id FROM idea_support WHERE username = :u", u=username)
    return {int(r[0]) for r in rows}


def supporters(tx: Tx, idea_id: int) -> list[str]:
    rows = tx.tuples("SELECT username FROM idea_support WHERE idea_id = :i ORDER BY id", i=idea_id)
    return [str(r[0]) for r in rows]


def promote(tx: Tx, idea_id: int, *, by: str, at: Stamp) -> None:
    tx.run(
        "UPDATE idea SET status = 'promoted', decided_by = :by, decided_at = :at WHERE id = :id",
        by=by,
        at=at,
        id=idea_id,
    )


def settle(tx: Tx, idea_id: int, *, status: str, reason: str, by: str, at: Stamp) -> None:
    """Parks or declines an idea, with the reason."""
    tx.run(
        "UPDATE idea SET status = :s, status_reason = :r, decided_by = :by, decided_at = :at"
        " WHERE id = :id",
        s=status,
        r=reason,
        by=by,
        at=at,
        id=idea_id,
    )


def move(tx: Tx, idea_id: int, *, to: int, away_from: int) -> None:
    """Moves an idea to another area; it keeps the area it first came from."""
    tx.run(
        "UPDATE idea SET area_id = :to, origin_area_id = coalesce(origin_area_id, :away)"
        " WHERE id = :id",
        to=to,
        away=away_from,
        id=idea_id,
    )


def idea_titled(tx: Tx, title: str) -> int | None:
    found = tx.value("SELECT id FROM idea WHERE title = :t", t=title)
    return None if found is None else int(found)
