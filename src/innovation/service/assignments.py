"""The political assignment (uppdrag) the areas serve: its indicators and its colour per tertial."""

from __future__ import annotations

import json
from typing import Any

from innovation import audit
from innovation.domain import (
    MAX_SHORT,
    MAX_TEXT,
    Forbidden,
    Invalid,
    NotFound,
    Refused,
    Role,
    clean_text,
    make_key,
    parse_period,
)
from innovation.service import common
from innovation.service.base import ServiceBase, records_denial
from innovation.service.followup import checked_colour
from innovation.service.views import (
    AssignmentIndicator,
    AssignmentStatus,
    AssignmentValue,
    AssignmentView,
    PlannedAssignment,
)
from innovation.store import periods
from innovation.store import steering as stored
from innovation.store.rows import AssignmentIndicatorRow
from innovation.store.sql import Tx

HORIZONS = ("1-2", "mandate")


class Assignments(ServiceBase):
    def _facilitator(self, tx: Tx) -> str:
        actor = self._actor(tx)
        if not actor.has(Role.FACILITATOR):
            raise Forbidden("error.forbidden_assignment", actor=actor.username)
        return actor.username

    def _assignment_id(self, tx: Tx, title: str) -> int:
        found = stored.assignment_id_titled(tx, title.strip())
        if found is None:
            raise NotFound("error.no_assignment", title=title)
        return found

    @records_denial
    def add_assignment(self, title: str, *, description: str | None = None) -> str:
        name = clean_text(title, field_name=common.field("title"), limit=MAX_SHORT)
        text = common.optional(description, "description", MAX_TEXT, multiline=True)
        with self.db.write() as tx:
            actor = self._facilitator(tx)
            if stored.assignment_id_titled(tx, name) is not None:
                raise Refused("error.assignment_exists", title=name)
            when = self._now()
            assignment_id = common.insert(
                tx,
                "assignment",
                title=name,
                description=text,
                created_by=actor,
                created_at=when.ts,
            )
            audit.append(
                tx,
                when,
                actor=actor,
                kind="assignment.add",
                subject=None,
                after={"title": name, "description": text, "id": assignment_id},
            )
        return name

    @records_denial
    def add_assignment_indicator(
        self,
        assignment: str,
        *,
        name: str,
        horizon: str,
        unit: str = "%",
        start_year: int | None = None,
        own: float | None = None,
        national: float | None = None,
        target: str | None = None,
    ) -> str:
        values: dict[str, Any] = {
            "name": clean_text(name, field_name=common.field("name"), limit=300),
            "horizon": horizon.strip().lower(),
            "unit": clean_text(unit, field_name=common.field("unit"), limit=40),
            "start_year": None if start_year is None else common.year(start_year, "baseline_year"),
            "own": None if own is None else common.number(own, "baseline"),
            "national": None if national is None else common.number(national, "national"),
            "target": common.optional(target, "target", MAX_SHORT),
        }
        if values["horizon"] not in HORIZONS:
            raise Invalid("error.bad_horizon", value=horizon)
        with self.db.write() as tx:
            actor = self._facilitator(tx)
            assignment_id = self._assignment_id(tx, assignment)
            indicator_id = common.insert(
                tx, "assignment_indicator", assignment_id=assignment_id, **values
            )
            audit.append(
                tx,
                self._now(),
                actor=actor,
                kind="assignment.indicator",
                after={
                    "assignment": assignment.strip(),
                    **values,
                    "id": indicator_id,
                    "assignment_id": assignment_id,
                },
            )
        return str(values["name"])

    @records_denial
    def set_assignment_status(
        self,
        assignment: str,
        *,
        period: str,
        color: str,
        comment: str,
        cause: str | None = None,
        measures: str | None = None,
    ) -> str:
        key = parse_period(period)
        values: dict[str, Any] = {
            **checked_colour(color, cause, measures),
            "comment": common.required(comment, "comment", MAX_TEXT),
        }
        with self.db.write() as tx:
            actor = self._facilitator(tx)
            assignment_id = self._assignment_id(tx, assignment)
            state = periods.status(tx, key)
            if state is None:
                raise NotFound("error.no_period", period=key)
            if state != "open":
                raise Refused("error.period_closed", period=key)
            when = self._now()
            status_id = common.insert(
                tx,
                "assignment_status",
                assignment_id=assignment_id,
                period=key,
                reported_by=actor,
                reported_at=when.ts,
                **values,
            )
            audit.append(
                tx,
                when,
                actor=actor,
                kind="assignment.status",
                subject=key,
                after={
                    "assignment": assignment.strip(),
                    "period": key,
                    **values,
                    "id": status_id,
                    "assignment_id": assignment_id,
                },
            )
        return key

    def assignments(self, period: str | None = None) -> list[AssignmentView]:
        """Every assignment with its text, points, Nuläge and Nyläge, the areas that serve it,
        its indicators (with their values by year, the latest, and whether the target is met)
        and, for a period, its latest colour."""
        if period is not None:
            period = parse_period(period)  # a period that cannot be is refused, not shown empty
        with self.db.read() as tx:
            result = []
            served = stored.served(tx)
            for found in stored.assignments(tx):
                a = found.assignment
                indicators = stored.indicators_of(tx, a.id)
                status = stored.latest_status(tx, a.id, period) if period is not None else None
                result.append(
                    AssignmentView(
                        **stated(found, served).__dict__,
                        indicators=[_indicator(tx, i) for i in indicators],
                        status=AssignmentStatus(
                            status.color, status.comment, status.cause, status.measures
                        )
                        if status
                        else None,
                    )
                )
        return result


def stated(found: stored.AssignmentInGoalArea, served: dict[int, list[int]]) -> PlannedAssignment:
    """An assignment as the steering documents state it, with the areas that serve it."""
    a = found.assignment
    return PlannedAssignment(
        title=a.title,
        description=a.description,
        points=json.loads(a.points) if a.points else [],
        nulage=a.nulage,
        nylage=a.nylage,
        goal_area=found.goal_area,
        areas=[make_key("area", x) for x in served.get(a.id, [])],
    )


def _indicator(tx: Tx, row: AssignmentIndicatorRow) -> AssignmentIndicator:
    values = [
        AssignmentValue(v.year, v.value, v.national, v.rank, v.ranked, v.source)
        for v in stored.indicator_values(tx, row.id)
    ]
    latest = values[-1] if values else None
    return AssignmentIndicator(
        name=row.name,
        horizon=row.horizon,
        unit=row.unit,
        start_year=row.start_year,
        own=row.own,
        national=row.national,
        target=row.target,
        source=row.source,
        target_kind=row.target_kind,
        target_value=row.target_value,
        kolada=row.kolada,
        better=row.better,
        values=values,
        latest=latest,
        verdict=verdict(row, latest),
    )


def verdict(indicator: AssignmentIndicatorRow, latest: AssignmentValue | None) -> str:
    """Whether the latest value meets the indicator's target: met, not_met, or unknown (no
    value yet, or a target the program cannot judge)."""
    kind, start = indicator.target_kind, indicator.own
    if latest is None or kind is None:
        return "unknown"
    value = latest.value
    if kind in ("increase", "keep"):
        if start is None:
            return "unknown"
        met = value > start if kind == "increase" else value >= start
    elif kind == "number":
        target = indicator.target_value
        if target is None:
            return "unknown"
        met = value >= target
    else:  # top_quarter: among the best quarter, by the source's rank
        if not latest.rank or not latest.ranked:
            return "unknown"
        met = latest.rank <= -(-latest.ranked // 4)
    return "met" if met else "not_met"
