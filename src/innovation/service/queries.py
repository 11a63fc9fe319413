"""Queries: read-only views of areas, requests and the trail; they never write."""

from __future__ import annotations

from typing import Any

from innovation.domain import kolada_colour, kolada_rank, make_key
from innovation.engine.requirements import hint as requirement_hint
from innovation.service.base import ServiceBase, facts_of
from innovation.service.records import collaboration_view, handover_view
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
    Statements,
    TestView,
)
from innovation.store import areas, decisions, partners, people, work
from innovation.store.areas import AreaFactsRow, SummaryRow
from innovation.store.decisions import RequestOnArea
from innovation.store.rows import RequestRow
from innovation.store.sql import Tx
from innovation.store.work import IndicatorLatest
from innovation.timeutil import as_utc, days_counter, iso


def _latest(x: IndicatorLatest) -> LatestValue | None:
    if x.year is None or x.value is None or x.source is None:
        return None
    rank = colour = None
    if x.ranked is not None and x.above is not None and x.below is not None:
        rank = kolada_rank(x.above, x.below, x.indicator.better)
        colour = kolada_colour(rank, x.ranked)
    return LatestValue(x.year, x.value, x.source, rank, x.ranked, colour)


def indicator_view(x: IndicatorLatest) -> IndicatorView:
    i = x.indicator
    return IndicatorView(
        make_key("indicator", i.id),
        i.name,
        i.kolada,
        i.unit,
        i.baseline_year,
        i.baseline,
        i.national,
        i.target,
        i.better,
        _latest(x),
    )


class Queries(ServiceBase):
    def _days_since(self, value: Any) -> int:
        return max(0, (self.clock() - as_utc(value)).days)

    def list_people(self) -> list[PersonView]:
        with self.db.read() as tx:
            rows = people.everyone(tx)
        return [PersonView(r.username, r.name, r.roles.split()) for r in rows]

    def person_names(self) -> dict[str, str]:
        with self.db.read() as tx:
            return {r.username: r.name for r in people.everyone(tx)}

    def list_areas(self, *, merged: bool = False, round: str | None = None) -> list[AreaSummary]:
        """The areas, oldest first: those still going, or with merged=True also those that
        were merged into another; round: only that round's."""
        with self.db.read() as tx:
            rows = areas.summaries(tx, merged=merged, round=round)
        return self._summaries(rows)

    def board_head(self, per_phase: int) -> tuple[list[AreaSummary], dict[str, int]]:
        """What a board's first screen shows: the first `per_phase` areas still going in each
        phase, in list_areas' order, and how many each phase has (both read by an index)."""
        with self.db.read() as tx:
            rows, counts = areas.board_head(tx, per_phase)
        return self._summaries(rows), counts

    def _summaries(self, rows: list[SummaryRow]) -> list[AreaSummary]:
        days_since = days_counter(self.clock())
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
                days_in_phase=days_since(since),
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
            rows = work.indicators(tx, until=until)
        grouped: dict[str, list[IndicatorView]] = {}
        for x in rows:
            grouped.setdefault(make_key("area", x.indicator.area_id), []).append(indicator_view(x))
        return grouped

    def _request_view(
        self, r: RequestRow, question: str, fadder: str, area_now: int
    ) -> RequestView:
        return RequestView(
            key=make_key("request", r.id),
            area=make_key("area", r.area_id),
            question=question,
            source=r.source,
            dest=r.dest,
            cycle=r.cycle,
            reason=r.reason,
            status=r.status,
            requested_by=r.requested_by,
            requested_at=iso(r.requested_at),
            fadder=fadder,
            age_days=self._days_since(r.requested_at),
            decided_by=r.decided_by,
            decided_at=iso(r.decided_at) if r.decided_at else None,
            comment=r.comment,
            on_behalf_of=r.on_behalf_of,
            back_to=r.back_to,
            # The area changed after the request was filed: the fadder should look again.
            stale=r.status == "open" and area_now > r.area_version,
        )

    def statements(self) -> dict[str, Statements]:
        """Every area's scope, nyläge and receiving owner, by area key."""
        with self.db.read() as tx:
            rows = areas.statements(tx)
        return {make_key("area", r.id): Statements(r.scope, r.nylage, r.owner) for r in rows}

    def show_area(self, key: str) -> AreaDetail:
        with self.db.read() as tx:
            row = self._area_row(tx, key)
            return self._detail(tx, row)

    def _detail(self, tx: Tx, row: AreaFactsRow) -> AreaDetail:
        area_id = row.id
        area_key = make_key("area", area_id)
        flow = self.flows.get(row.track).flow
        phase = flow.phase(row.phase)
        moves = []
        # A merged area has ended: no move is open on it any more.
        open_moves = [] if row.merged_into else self.flows.get(row.track).open_moves(facts_of(row))
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
        if row.open_request is not None:
            req = decisions.request(tx, row.open_request)
            assert req is not None
            request = self._request_view(req, row.question, row.fadder, row.version)
        delegation = decisions.delegation(tx, area_id, self.clock().date())

        return AreaDetail(
            key=area_key,
            question=row.question,
            track=row.track,
            phase=row.phase,
            phase_label=phase.label if phase else row.phase,
            cycle=row.cycle,
            round=row.round,
            fadder=row.fadder,
            ledartrojor=[row.ledartroja1, row.ledartroja2],
            created_at=iso(row.created_at),
            phase_since=iso(row.phase_since),
            scope=row.scope,
            nylage=row.nylage,
            owner=row.owner,
            moves=moves,
            request=request,
            hold=HoldView(row.hold_until, row.hold_reason, iso(row.hold_since or row.phase_since))
            if row.hold_until
            else None,
            delegation=DelegationView(delegation.delegate, str(delegation.until))
            if delegation
            else None,
            activities=[
                ActivityView(
                    make_key("activity", a.id),
                    a.cycle,
                    str(a.date),
                    a.kind,
                    a.residents,
                    a.staff,
                    a.managers,
                    a.note,
                )
                for a in work.activities(tx, area_id)
            ],
            tests=[
                TestView(
                    make_key("test", x.id),
                    x.cycle,
                    x.hypothesis,
                    x.measure,
                    x.result,
                    x.outcome,
                    make_key("idea", x.idea_id) if x.idea_id else None,
                )
                for x in work.trials(tx, area_id)
            ],
            lessons=[
                LessonView(make_key("lesson", x.id), x.cycle, x.text)
                for x in work.lessons(tx, area_id)
            ],
            merged_into=make_key("area", row.merged_into) if row.merged_into else None,
            merged_at=iso(row.merged_at) if row.merged_at else None,
            collaborations=[collaboration_view(x) for x in partners.collaborations(tx, area_id)],
            handovers=[handover_view(x) for x in partners.handovers(tx, area_id)],
            merged_from=[make_key("area", x) for x in areas.merged_from(tx, area_id)],
            indicators=[indicator_view(x) for x in work.indicators(tx, area_id)],
        )

    def list_requests(
        self, *, mine: bool = True, deciding: bool = False, status: str = "open"
    ) -> list[RequestView]:
        """Requests oldest first. mine: waiting for my decision (as fadder or delegate) or
        filed by me; deciding: only those I may decide."""
        with self.db.read() as tx:
            rows: list[RequestOnArea]
            if mine or deciding:
                me = self._actor(tx).username
                rows = decisions.requests(
                    tx, status, me=me, deciding=deciding, today=self.clock().date()
                )
            else:
                rows = decisions.requests(tx, status)
        return [self._request_view(r.request, r.question, r.fadder, r.area_now) for r in rows]
