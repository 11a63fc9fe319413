"""Uppföljning: tertials, the traffic light per area and period, and amendments once closed."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any, TypedDict

from innovation import audit, words
from innovation.domain import (
    MAX_TEXT,
    Forbidden,
    Invalid,
    NotFound,
    Refused,
    Role,
    make_key,
    parse_period,
)
from innovation.i18n import t
from innovation.service import common
from innovation.service.base import ServiceBase, records_denial
from innovation.service.views import AreaStatusView, PeriodView, StatusView
from innovation.store import followup as reports
from innovation.store import periods
from innovation.store.areas import AreaFactsRow
from innovation.store.rows import PeriodRow
from innovation.store.sql import Tx
from innovation.timeutil import When, iso, local_days

COLORS = ("gron", "gul", "rod")


def color_of(value: str) -> str:
    """grön, gul, röd (or green, yellow, red; with or without å ä ö)."""
    name = words.colour(value)
    if name is None:
        raise Invalid("error.bad_color", value=value)
    return name


def checked_colour(color: str, cause: str | None, measures: str | None) -> dict[str, Any]:
    """A traffic light with the seed's rule: gul and röd say why, and what is being done."""
    values = {
        "color": color_of(color),
        "cause": common.optional(cause, "cause", MAX_TEXT, multiline=True),
        "measures": common.optional(measures, "measures", MAX_TEXT, multiline=True),
    }
    if values["color"] != "gron":
        missing = [n for n in ("cause", "measures") if not values[n]]
        if missing:
            raise Invalid(
                "error.status_needs",
                color=t(f"color.{values['color']}"),
                missing=f" {t('word.and')} ".join(t(f"field.{n}") for n in missing),
            )
    return values


class FollowUp(ServiceBase):
    def _period(self, tx: Tx, key: str) -> PeriodRow:
        row = periods.period(tx, key)
        if row is None:
            raise NotFound("error.no_period", period=key)
        return row

    @records_denial
    def open_period(self, period: str) -> str:
        key = parse_period(period)
        with self.db.write() as tx:
            actor = self._actor(tx)
            if not actor.has(Role.FACILITATOR):
                raise Forbidden("error.forbidden_period", actor=actor.username)
            if periods.period(tx, key) is not None:
                raise Refused("error.period_exists", period=key)
            when = self._now()
            period_id = common.insert(
                tx, "period", key=key, status="open", opened_by=actor.username, opened_at=when.ts
            )
            audit.append(
                tx,
                when,
                actor=actor.username,
                kind="period.open",
                subject=key,
                after={"period": key, "status": "open", "id": period_id},
            )
        return key

    @records_denial
    def close_period(self, period: str) -> str:
        """Freezes a period: its reports can from now on only be amended."""
        key = parse_period(period)
        with self.db.write() as tx:
            actor = self._actor(tx)
            if not actor.has(Role.FACILITATOR):
                raise Forbidden("error.forbidden_period", actor=actor.username)
            row = self._period(tx, key)
            if row.status == "closed":
                raise Refused("error.period_closed", period=key)
            when = self._now()
            periods.close(tx, key, by=actor.username, at=when.ts)
            audit.append(
                tx,
                when,
                actor=actor.username,
                kind="period.close",
                subject=key,
                before={"status": "open"},
                after={"status": "closed"},
            )
            # The report as delivered: its document kept, its hash in the trail.
            self._freeze(tx, key, None, actor.username)  # type: ignore[attr-defined]
        return key

    def list_periods(self) -> list[PeriodView]:
        with self.db.read() as tx:
            rows = periods.every(tx)
        return [
            PeriodView(
                key=r.key,
                status=r.status,
                opened_at=iso(r.opened_at),
                closed_at=iso(r.closed_at) if r.closed_at else None,
            )
            for r in rows
        ]

    def _reporter(self, tx: Tx, area: str) -> tuple[str, AreaFactsRow, str, When]:
        actor = self._actor(tx)
        row = self._area_row(tx, area)
        key = make_key("area", row.id)
        if actor.username != row.fadder and actor.username not in self._leads(row):
            raise Forbidden(
                "error.forbidden_status",
                actor=actor.username,
                area=key,
                fadder=row.fadder,
                leads=", ".join(self._leads(row)),
            )
        self._refuse_if_merged(row)
        return actor.username, row, key, self._when(tx, row)

    @records_denial
    def set_status(
        self,
        area: str,
        *,
        period: str,
        color: str,
        cause: str | None = None,
        measures: str | None = None,
        comment: str | None = None,
    ) -> str:
        """Reports an area's colour for an open period (its fadder or ledartröjor)."""
        key = parse_period(period)
        values = checked_colour(color, cause, measures)
        values["comment"] = common.optional(comment, "comment", MAX_TEXT, multiline=True)
        with self.db.write() as tx:
            actor, row, area_key, when = self._reporter(tx, area)
            if self._period(tx, key).status != "open":
                raise Refused("error.period_closed_amend", period=key, area=area_key)
            previous = reports.latest(tx, row.id, key)
            report_id = common.insert(
                tx,
                "status_report",
                area_id=row.id,
                period=key,
                reported_by=actor,
                reported_at=when.ts,
                **values,
            )
            before = {"color": previous.color} if previous else {}
            audit.append(
                tx,
                when,
                actor=actor,
                kind="status.set",
                area=area_key,
                subject=key,
                before=before,
                after={**values, "period": key, "report": report_id},
            )
        return area_key

    @records_denial
    def amend_status(
        self,
        area: str,
        *,
        period: str,
        color: str,
        reason: str,
        cause: str | None = None,
        measures: str | None = None,
    ) -> str:
        """Corrects a closed period's report with a new, audited record naming what it corrects."""
        key = parse_period(period)
        values = checked_colour(color, cause, measures)
        why = common.required(reason, "reason", MAX_TEXT)
        with self.db.write() as tx:
            actor, row, area_key, when = self._reporter(tx, area)
            if self._period(tx, key).status == "open":
                raise Refused("error.period_open_set", period=key, area=area_key)
            previous = reports.latest(tx, row.id, key)
            new_id = common.insert(
                tx,
                "status_report",
                area_id=row.id,
                period=key,
                reported_by=actor,
                reported_at=when.ts,
                amends=previous.id if previous else None,
                amend_reason=why,
                **values,
            )
            audit.append(
                tx,
                when,
                actor=actor,
                kind="status.amend",
                area=area_key,
                subject=key,
                before={"color": previous.color, "report": previous.id} if previous else {},
                after={**values, "period": key, "report": new_id},
                reason=why,
            )
            self._revise(tx, key, why)
        return area_key

    def statuses(self, period: str) -> dict[str, StatusView]:
        """The latest report per area for a period, by area key."""
        key = parse_period(period)
        with self.db.read() as tx:
            rows = reports.latest_of_period(tx, key)
        return {
            make_key("area", r.area_id): StatusView(
                color=r.color,
                cause=r.cause,
                measures=r.measures,
                comment=r.comment,
                amended=r.amends is not None or r.amend_reason is not None,
                amend_reason=r.amend_reason,
                reported_by=r.reported_by,
                reported_at=iso(r.reported_at),
            )
            for r in rows
        }

    def latest_colors(self) -> dict[str, tuple[str, str]]:
        """Each area's most recent colour and the period it is for."""
        with self.db.read() as tx:
            rows = reports.latest_everywhere(tx)
        return {make_key("area", r.area_id): (r.color, r.period) for r in rows}

    def area_statuses(self, area: str) -> list[AreaStatusView]:
        """An area's latest report for each period, newest period first."""
        with self.db.read() as tx:
            row = self._area_row(tx, area)
            rows = reports.latest_of_area(tx, row.id)
        return [
            AreaStatusView(
                period=r.period,
                color=r.color,
                cause=r.cause,
                measures=r.measures,
                comment=r.comment,
                amended=r.amend_reason is not None,
                reported_by=r.reported_by,
            )
            for r in rows
        ]

    def missing_reports(self) -> set[str]:
        """Areas without a report for a period that is open now."""
        with self.db.read() as tx:
            found = reports.unreported(tx)
        return {make_key("area", area_id) for area_id in found}


class AreaWork(TypedDict):
    """An area's moves, tests and lessons in a period, each list in the order they happened."""

    moves: list[dict[str, Any]]
    tests: list[dict[str, Any]]
    lessons: list[str]


class PeriodWork(ServiceBase):
    def period_work(self, since: datetime, until: datetime) -> dict[str, AreaWork]:
        """A period's moves, tests and lessons by area key, as the report lists them, counted by
        the moment they happened (since and until: local midnights, in UTC)."""
        with self.db.read() as tx:
            rows = reports.period_work(tx, since, until)
        # A loop a kind, each over some 57,000 rows of a national period: per row only what
        # the report shows.
        day = local_days(since, until)
        moves: defaultdict[int, list[dict[str, Any]]] = defaultdict(list)
        for area_id, at, came_from, phase in rows.moves:
            moves[area_id].append({"at": day(at), "from": came_from, "to": phase})
        tests: defaultdict[int, list[dict[str, Any]]] = defaultdict(list)
        for area_id, key, text, outcome, added in rows.tests:
            tests[area_id].append(
                {"key": key, "hypothesis": text}
                if added
                else {"key": key, "result": text, "outcome": outcome}
            )
        lessons: defaultdict[int, list[str]] = defaultdict(list)
        for area_id, text in rows.lessons:
            lessons[area_id].append(text)
        return {
            make_key("area", area_id): {
                "moves": moves.get(area_id, []),
                "tests": tests.get(area_id, []),
                "lessons": lessons.get(area_id, []),
            }
            for area_id in moves.keys() | tests.keys() | lessons.keys()
        }
