"""Queries: read-only views of areas, requests and the trail; they never write."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import RowMapping, select
from sqlalchemy.engine import Connection

from innovation.domain import RequestStatus, make_key, parse_key
from innovation.engine.requirements import REQUIREMENTS
from innovation.i18n import t
from innovation.service.base import (
    ACTIVITY,
    AREA,
    AUDIT,
    INDICATOR,
    LESSON,
    PERSON,
    REQUEST,
    TRIAL,
    ServiceBase,
    facts_of,
)
from innovation.service.views import (
    ActivityView,
    AreaDetail,
    AreaSummary,
    EventView,
    IndicatorView,
    LessonView,
    MoveView,
    PersonView,
    RequestView,
    TestView,
)
from innovation.timeutil import as_utc, iso


class Queries(ServiceBase):
    def _days_since(self, value: Any) -> int:
        return max(0, (self.clock() - as_utc(value)).days)

    def list_people(self) -> list[PersonView]:
        with self.db.read() as conn:
            rows = conn.execute(select(PERSON).order_by(PERSON.c.username)).mappings()
            return [PersonView(r["username"], r["name"], r["roles"].split()) for r in rows]

    def list_areas(self) -> list[AreaSummary]:
        with self.db.read() as conn:
            waiting = {
                r.area_id: make_key("request", r.id)
                for r in conn.execute(
                    select(REQUEST.c.area_id, REQUEST.c.id).where(
                        REQUEST.c.status == RequestStatus.OPEN.value
                    )
                )
            }
            rows = conn.execute(select(AREA).order_by(AREA.c.id)).mappings().all()
        return [
            AreaSummary(
                key=make_key("area", r["id"]),
                question=r["question"],
                track=r["track"],
                phase=r["phase"],
                cycle=r["cycle"],
                round=r["round"],
                fadder=r["fadder"],
                ledartrojor=[r["ledartroja1"], r["ledartroja2"]],
                days_in_phase=self._days_since(r["phase_since"]),
                request=waiting.get(r["id"]),
            )
            for r in rows
        ]

    def _request_view(self, r: RowMapping, question: str, fadder: str) -> RequestView:
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
        )

    def show_area(self, key: str) -> AreaDetail:
        with self.db.read() as conn:
            row = self._area_row(conn, key)
            return self._detail(conn, row)

    def _detail(self, conn: Connection, row: RowMapping) -> AreaDetail:
        area_id = row["id"]
        area_key = make_key("area", area_id)
        engine = self.flows.get(row["track"])
        phase = engine.flow.phase(row["phase"])
        moves = [
            MoveView(
                to=m.transition.dest,
                label=(engine.flow.phase(m.transition.dest) or phase).label,  # type: ignore[union-attr]
                trigger=m.transition.trigger,
                approval=m.transition.fadder,
                new_cycle=m.transition.new_cycle,
                missing=list(m.missing),
                hints=[t(REQUIREMENTS[n].hint, area=area_key) for n in m.missing],
            )
            for m in engine.open_moves(facts_of(row))
        ]
        request = None
        if row["open_request"] is not None:
            req = conn.execute(select(REQUEST).where(REQUEST.c.id == row["open_request"]))
            request = self._request_view(req.mappings().one(), row["question"], row["fadder"])

        def of(table: Any) -> Any:
            return conn.execute(
                select(table).where(table.c.area_id == area_id).order_by(table.c.id)
            ).mappings()

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
            activities=[
                ActivityView(
                    make_key("activity", a["id"]),
                    a["cycle"],
                    a["date"].isoformat(),
                    a["kind"],
                    a["residents"],
                    a["staff"],
                    a["managers"],
                    a["note"],
                )
                for a in of(ACTIVITY)
            ],
            tests=[
                TestView(
                    make_key("test", x["id"]),
                    x["cycle"],
                    x["hypothesis"],
                    x["measure"],
                    x["result"],
                    x["outcome"],
                )
                for x in of(TRIAL)
            ],
            lessons=[
                LessonView(make_key("lesson", x["id"]), x["cycle"], x["text"]) for x in of(LESSON)
            ],
            indicators=[
                IndicatorView(
                    make_key("indicator", x["id"]),
                    x["name"],
                    x["kolada"],
                    x["unit"],
                    x["baseline_year"],
                    x["baseline"],
                    x["national"],
                    x["target"],
                )
                for x in of(INDICATOR)
            ],
        )

    def list_requests(self, *, mine: bool = False, status: str = "open") -> list[RequestView]:
        """Requests oldest first; mine: those waiting for me to decide, or filed by me."""
        with self.db.read() as conn:
            query = (
                select(REQUEST, AREA.c.question, AREA.c.fadder)
                .join(AREA, AREA.c.id == REQUEST.c.area_id)
                .where(REQUEST.c.status == status)
                .order_by(REQUEST.c.requested_at, REQUEST.c.id)
            )
            if mine:
                me = self._actor(conn).username
                query = query.where((AREA.c.fadder == me) | (REQUEST.c.requested_by == me))
            rows = conn.execute(query).mappings().all()
        return [self._request_view(r, r["question"], r["fadder"]) for r in rows]

    def history(self, area: str | None = None) -> list[EventView]:
        with self.db.read() as conn:
            query = select(AUDIT).order_by(AUDIT.c.id)
            if area is not None:
                key = make_key("area", parse_key("area", area))
                self._area_row(conn, key)
                query = query.where(AUDIT.c.area == key)
            rows = conn.execute(query).mappings().all()
        return [
            EventView(
                id=r["id"],
                at=iso(r["at"]),
                actor=r["actor"],
                kind=r["kind"],
                area=r["area"],
                subject=r["subject"],
                before=json.loads(r["before"]),
                after=json.loads(r["after"]),
                reason=r["reason"],
                hash=r["hash"],
            )
            for r in rows
        ]

    def person_names(self) -> dict[str, str]:
        with self.db.read() as conn:
            return {
                r.username: r.name for r in conn.execute(select(PERSON.c.username, PERSON.c.name))
            }
