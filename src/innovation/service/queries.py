"""Queries: read-only views of areas, requests and the trail; they never write."""

from __future__ import annotations

from typing import Any

from innovation.domain import kolada_colour, kolada_rank, make_key
from innovation.engine.requirements import hint as requirement_hint
from innovation.service.base import ServiceBase, facts_of
from innovation.service.records import (
    COLLABORATIONS_SQL,
    HANDOVERS_SQL,
    collaboration_view,
    handover_view,
)
from innovation.service.views import (
    ActivityView,
    AreaDetail,
    AreaSummary,
    DelegationView,
    HoldView,
    IndicatorView,
    LatestValue,
    LessonView,
    MoveView,
    PersonView,
    RequestView,
    TestView,
)
from innovation.store.sql import Row, Tx
from innovation.timeutil import as_utc, iso

_REQUESTS = """
SELECT r.*, a.question, a.fadder, a.version AS area_now FROM request r
JOIN area a ON a.id = r.area_id
WHERE r.status = :status {mine} ORDER BY r.requested_at, r.id
"""
# An area as the board and `area list` show it (AreaSummary), in Queries._summaries' order.
_SUMMARY = (
    "SELECT a.id, a.question, a.track, a.phase, a.cycle, a.round, a.fadder,"
    " a.ledartroja1, a.ledartroja2, a.phase_since, a.hold_until, a.hold_reason,"
    " a.merged_into, a.merged_at, (SELECT min(r.id) FROM request r"
    " WHERE r.area_id = a.id AND r.status = 'open')"
)
_DECIDER = """(a.fadder = :me OR EXISTS (
  SELECT 1 FROM delegation d WHERE d.area_id = a.id AND d.delegate = :me
  AND d.ended_at IS NULL AND d.until >= :today))"""
_MINE = f"AND (r.requested_by = :me OR {_DECIDER})"
# What I may decide: four eyes keep out what I filed and the areas I lead.
_DECIDING = (
    f"AND {_DECIDER} AND r.requested_by <> :me AND a.ledartroja1 <> :me AND a.ledartroja2 <> :me"
)


# Each indicator with its newest total value (one query for any number of indicators).
INDICATORS_SQL = """SELECT i.*, v.year AS v_year, v.value AS v_value, v.source AS v_source,
  v.above AS v_above, v.below AS v_below, v.ranked AS v_ranked
FROM indicator i LEFT JOIN indicator_value v ON v.id = (
  SELECT w.id FROM indicator_value w WHERE w.indicator_id = i.id AND w.gender = 'T'
  AND w.year <= :until ORDER BY w.year DESC LIMIT 1)"""


def _latest(x: Row) -> LatestValue | None:
    if x["v_year"] is None:
        return None
    rank = None
    if x["v_ranked"] is not None:
        rank = kolada_rank(x["v_above"], x["v_below"], x["better"])
    return LatestValue(
        x["v_year"],
        x["v_value"],
        x["v_source"],
        rank,
        x["v_ranked"],
        kolada_colour(rank, x["v_ranked"]) if rank is not None else None,
    )


def _indicator_view(x: Row) -> IndicatorView:
    return IndicatorView(
        make_key("indicator", x["id"]),
        x["name"],
        x["kolada"],
        x["unit"],
        x["baseline_year"],
        x["baseline"],
        x["national"],
        x["target"],
        x["better"],
        _latest(x),
    )


_HAPPENED = {"activity": "date", "trial": "created_at", "lesson": "created_at"}


class Queries(ServiceBase):
    def _days_since(self, value: Any) -> int:
        return max(0, (self.clock() - as_utc(value)).days)

    def list_people(self) -> list[PersonView]:
        with self.db.read() as tx:
            rows = tx.all("SELECT username, name, roles FROM person ORDER BY username")
        return [PersonView(r["username"], r["name"], r["roles"].split()) for r in rows]

    def person_names(self) -> dict[str, str]:
        with self.db.read() as tx:
            return {r["username"]: r["name"] for r in tx.all("SELECT username, name FROM person")}

    def list_areas(self, *, merged: bool = False, round: str | None = None) -> list[AreaSummary]:
        """The areas, oldest first: those still going, or with merged=True also those that
        were merged into another; round: only that round's."""
        where = [] if merged else ["a.merged_into IS NULL"]
        if round is not None:
            where.append("a.round = :round")
        sql = _SUMMARY + " FROM area a"
        if where:
            sql += " WHERE " + " AND ".join(where)
        with self.db.read() as tx:
            # Plain tuples and one clock reading: the board reads every area when it opens.
            rows = tx.tuples(sql + " ORDER BY a.id", round=round)
        return self._summaries(rows)

    def board_head(self, per_phase: int) -> tuple[list[AreaSummary], dict[str, int]]:
        """What a board's first screen shows: the first `per_phase` areas still going in each
        phase, in list_areas' order, and how many each phase has (both read by an index)."""
        with self.db.read() as tx:
            rows = tx.tuples(
                f"{_SUMMARY} FROM area a JOIN (SELECT id, row_number() OVER"
                " (PARTITION BY phase ORDER BY id) AS nr FROM area WHERE merged_into IS NULL)"
                " w ON w.id = a.id WHERE w.nr <= :n ORDER BY a.id",
                n=per_phase,
            )
            counts = tx.tuples(
                "SELECT phase, count(*) FROM area WHERE merged_into IS NULL GROUP BY phase"
            )
        return self._summaries(rows), {str(phase): int(n) for phase, n in counts}

    def _summaries(self, rows: list[tuple[Any, ...]]) -> list[AreaSummary]:
        now = self.clock()
        return [
            AreaSummary(
                key=make_key("area", id_),
                question=question,
                track=track,
                phase=phase,
                cycle=cycle,
                round=round_,
                fadder=fadder,
                ledartrojor=[lead1, lead2],
                days_in_phase=max(0, (now - as_utc(since)).days),
                request=make_key("request", request) if request else None,
                hold_until=hold_until,
                hold_reason=hold_reason,
                merged_into=make_key("area", merged_into) if merged_into else None,
                merged_at=iso(merged_at) if merged_at else None,
            )
            for (
                id_, question, track, phase, cycle, round_, fadder, lead1, lead2, since,
                hold_until, hold_reason, merged_into, merged_at, request,
            ) in rows
        ]  # fmt: skip

    def indicators_by_area(self, until: int = 9999) -> dict[str, list[IndicatorView]]:
        """Every indicator with its newest value up to a year, grouped by its area's key (one
        query, for reports)."""
        with self.db.read() as tx:
            rows = tx.all(f"{INDICATORS_SQL} ORDER BY i.id", until=until)
        grouped: dict[str, list[IndicatorView]] = {}
        for x in rows:
            grouped.setdefault(make_key("area", x["area_id"]), []).append(_indicator_view(x))
        return grouped

    def _request_view(self, r: Row, question: str, fadder: str, area_now: int) -> RequestView:
        return RequestView(
            key=make_key("request", r["id"]),
            area=make_key("area", r["area_id"]),
            question=question,
            source=r["source"],
            dest=r["dest"],
            cycle=r["cycle"],
            reason=r["reason"],
            status=r["status"],
            requested_by=r["requested_by"],
            requested_at=iso(r["requested_at"]),
            fadder=fadder,
            age_days=self._days_since(r["requested_at"]),
            decided_by=r["decided_by"],
            decided_at=iso(r["decided_at"]) if r["decided_at"] else None,
            comment=r["comment"],
            on_behalf_of=r["on_behalf_of"],
            back_to=r["back_to"],
            # The area changed after the request was filed: the fadder should look again.
            stale=r["status"] == "open" and area_now > r["area_version"],
        )

    def show_area(self, key: str) -> AreaDetail:
        with self.db.read() as tx:
            row = self._area_row(tx, key)
            return self._detail(tx, row)

    def _detail(self, tx: Tx, row: Row) -> AreaDetail:
        area_id = row["id"]
        area_key = make_key("area", area_id)
        flow = self.flows.get(row["track"]).flow
        phase = flow.phase(row["phase"])
        moves = []
        # A merged area has ended: no move is open on it any more.
        open_moves = (
            [] if row["merged_into"] else self.flows.get(row["track"]).open_moves(facts_of(row))
        )
        for m in open_moves:
            dest = flow.phase(m.transition.dest)
            moves.append(
                MoveView(
                    to=m.transition.dest,
                    label=dest.label if dest else m.transition.dest,
                    trigger=m.transition.trigger,
                    approval=m.transition.fadder,
                    new_cycle=m.transition.new_cycle,
                    missing=list(m.missing),
                    hints=[requirement_hint(n, area_key) for n in m.missing],
                )
            )
        request = None
        if row["open_request"] is not None:
            req = tx.one("SELECT * FROM request WHERE id = :id", id=row["open_request"])
            assert req is not None
            request = self._request_view(req, row["question"], row["fadder"], row["version"])
        delegation = tx.one(
            "SELECT delegate, until FROM delegation WHERE area_id = :a AND ended_at IS NULL"
            " AND until >= :today",
            a=area_id,
            today=self.clock().date(),
        )

        def of(table: str) -> list[Row]:
            # In the order they happened (recorded later for an earlier day comes before).
            when = _HAPPENED.get(table, "id")
            return tx.all(
                f"SELECT * FROM {table} WHERE area_id = :id ORDER BY {when}, id", id=area_id
            )

        return AreaDetail(
            key=area_key,
            question=row["question"],
            track=row["track"],
            phase=row["phase"],
            phase_label=phase.label if phase else row["phase"],
            cycle=row["cycle"],
            round=row["round"],
            fadder=row["fadder"],
            ledartrojor=[row["ledartroja1"], row["ledartroja2"]],
            created_at=iso(row["created_at"]),
            phase_since=iso(row["phase_since"]),
            scope=row["scope"],
            nylage=row["nylage"],
            owner=row["owner"],
            moves=moves,
            request=request,
            hold=HoldView(row["hold_until"], row["hold_reason"], iso(row["hold_since"]))
            if row["hold_until"]
            else None,
            delegation=DelegationView(delegation["delegate"], str(delegation["until"]))
            if delegation
            else None,
            activities=[
                ActivityView(
                    make_key("activity", a["id"]),
                    a["cycle"],
                    str(a["date"]),
                    a["kind"],
                    a["residents"],
                    a["staff"],
                    a["managers"],
                    a["note"],
                )
                for a in of("activity")
            ],
            tests=[
                TestView(
                    make_key("test", x["id"]),
                    x["cycle"],
                    x["hypothesis"],
                    x["measure"],
                    x["result"],
                    x["outcome"],
                    make_key("idea", x["idea_id"]) if x["idea_id"] else None,
                )
                for x in of("trial")
            ],
            lessons=[
                LessonView(make_key("lesson", x["id"]), x["cycle"], x["text"]) for x in of("lesson")
            ],
            merged_into=make_key("area", row["merged_into"]) if row["merged_into"] else None,
            merged_at=iso(row["merged_at"]) if row["merged_at"] else None,
            collaborations=[
                collaboration_view(x)
                for x in tx.all(
                    f"{COLLABORATIONS_SQL} WHERE c.area_id = :id ORDER BY c.since, c.id",
                    id=area_id,
                )
            ],
            handovers=[handover_view(x) for x in tx.all(HANDOVERS_SQL, a=area_id)],
            merged_from=[
                make_key("area", x["id"])
                for x in tx.all(
                    "SELECT id FROM area WHERE merged_into = :id ORDER BY id", id=area_id
                )
            ],
            indicators=[
                _indicator_view(x)
                for x in tx.all(
                    f"{INDICATORS_SQL} WHERE i.area_id = :id ORDER BY i.id", id=area_id, until=9999
                )
            ],
        )

    def list_requests(
        self, *, mine: bool = True, deciding: bool = False, status: str = "open"
    ) -> list[RequestView]:
        """Requests oldest first. mine: waiting for my decision (as fadder or delegate) or
        filed by me; deciding: only those I may decide."""
        with self.db.read() as tx:
            if mine or deciding:
                me = self._actor(tx).username
                sql = _REQUESTS.format(mine=_DECIDING if deciding else _MINE)
                rows = tx.all(sql, status=status, me=me, today=self.clock().date())
            else:
                rows = tx.all(_REQUESTS.format(mine=""), status=status)
        return [self._request_view(r, r["question"], r["fadder"], r["area_now"]) for r in rows]
