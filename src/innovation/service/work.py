"""Recording an area's work: medskapande, statements, indicators, tests, results, lessons."""

from __future__ import annotations

from datetime import date
from typing import Any

from innovation import audit, words
from innovation.domain import (
    MAX_SHORT,
    MAX_TEXT,
    Invalid,
    NotFound,
    Outcome,
    Refused,
    clean_text,
    make_key,
    parse_key,
)
from innovation.service import common
from innovation.service.base import ServiceBase, records_denial
from innovation.store import work as stored_work


class Work(ServiceBase):
    def _add(
        self,
        area: str,
        *,
        table: str,
        key_kind: str,
        event: str,
        values: dict[str, Any],
        in_cycle: bool = True,
    ) -> str:
        """Adds one record of an area's work (in its current cycle) and its audit event."""
        with self.db.write() as tx:
            actor, row, area_key = self._lead_area(tx, area)
            when = self._when(tx, row)
            stored = {**values, "cycle": row.cycle} if in_cycle else dict(values)
            if table == "activity":
                stored["date"] = when.day
            new_id = common.insert(
                tx,
                table,
                area_id=row.id,
                created_by=actor.username,
                created_at=when.ts,
                **stored,
            )
            key = make_key(key_kind, new_id)
            common.touch(tx, row.id)
            after = {k: v.isoformat() if isinstance(v, date) else v for k, v in stored.items()}
            audit.append(
                tx,
                when,
                actor=actor.username,
                kind=event,
                area=area_key,
                subject=key,
                after=after,
            )
        return key

    # recording work ---------------------------------------------------------------------
    @records_denial
    def add_activity(
        self,
        area: str,
        *,
        kind: str,
        residents: int = 0,
        staff: int = 0,
        managers: int = 0,
        note: str | None = None,
    ) -> str:
        """Records a co-creation activity, on the day the service is dated with (or today)."""
        kind = clean_text(kind, field_name=common.field("kind"), limit=MAX_SHORT)
        counts = {
            "residents": common.count(residents, "residents"),
            "staff": common.count(staff, "staff"),
            "managers": common.count(managers, "managers"),
        }
        if not any(counts.values()):
            raise Invalid("error.no_participants")
        note = common.optional(note, "note", MAX_TEXT, multiline=True)
        values = {"kind": kind, "note": note, **counts}
        return self._add(
            area, table="activity", key_kind="activity", event="activity.add", values=values
        )

    def _set_statement(
        self, area: str, column: str, value: str, limit: int, *, multiline: bool = True
    ) -> str:
        text_value = clean_text(
            value, field_name=common.field(column), limit=limit, multiline=multiline
        )
        with self.db.write() as tx:
            actor, row, area_key = self._lead_area(tx, area)
            when = self._when(tx, row)
            before = {column: getattr(row, column), "cycle": getattr(row, f"{column}_cycle")}
            after = {column: text_value, "cycle": row.cycle}
            common.touch(tx, row.id, **{column: text_value, f"{column}_cycle": row.cycle})
            audit.append(
                tx,
                when,
                actor=actor.username,
                kind=f"{column}.set",
                area=area_key,
                before=before,
                after=after,
            )
        return area_key

    @records_denial
    def set_scope(self, area: str, value: str) -> str:
        return self._set_statement(area, "scope", value, MAX_TEXT)

    @records_denial
    def set_nylage(self, area: str, value: str) -> str:
        return self._set_statement(area, "nylage", value, MAX_TEXT)

    @records_denial
    def set_owner(self, area: str, value: str) -> str:
        return self._set_statement(area, "owner", value, MAX_SHORT, multiline=False)

    @records_denial
    def add_indicator(
        self,
        area: str,
        *,
        name: str,
        unit: str,
        baseline_year: int,
        baseline: float,
        target: str,
        national: float | None = None,
        kolada: str | None = None,
        better: str = "higher",
    ) -> str:
        values = {
            "name": clean_text(name, field_name=common.field("name"), limit=MAX_SHORT),
            "unit": clean_text(unit, field_name=common.field("unit"), limit=40),
            "baseline_year": common.year(baseline_year, "baseline_year"),
            "baseline": common.number(baseline, "baseline"),
            "national": None if national is None else common.number(national, "national"),
            "target": clean_text(target, field_name=common.field("target"), limit=MAX_SHORT),
            "kolada": common.optional(kolada, "kolada", 40),
            "better": common.better(better),
        }
        return self._add(
            area,
            table="indicator",
            key_kind="indicator",
            event="indicator.add",
            values=values,
            in_cycle=False,
        )

    @records_denial
    def add_test(self, area: str, *, hypothesis: str, measure: str | None = None) -> str:
        values = {
            "hypothesis": clean_text(
                hypothesis, field_name=common.field("hypothesis"), limit=MAX_TEXT, multiline=True
            ),
            "measure": common.optional(measure, "measure", MAX_TEXT, multiline=True),
        }
        return self._add(area, table="trial", key_kind="test", event="test.add", values=values)

    @records_denial
    def record_result(self, test: str, *, result: str, outcome: str) -> str:
        test_id = parse_key("test", test)
        key = make_key("test", test_id)
        result = clean_text(
            result, field_name=common.field("result"), limit=MAX_TEXT, multiline=True
        )
        outcome = words.outcome(outcome) or outcome.strip().lower()
        if outcome not in {o.value for o in Outcome}:
            raise Invalid("error.bad_outcome", value=outcome)
        with self.db.write() as tx:
            trial = stored_work.trial(tx, test_id)
            if trial is None:
                raise NotFound("error.no_such_test", key=key)
            actor, row, area_key = self._lead_area(tx, make_key("area", trial.area_id))
            if trial.result is not None:
                raise Refused("error.test_has_result", test=key)
            when = self._when(tx, row)
            stored_work.set_result(tx, test_id, result=result, outcome=outcome, at=when.ts)
            common.touch(tx, row.id)
            audit.append(
                tx,
                when,
                actor=actor.username,
                kind="test.result",
                area=area_key,
                subject=key,
                before={"result": None, "outcome": None},
                after={"result": result, "outcome": outcome},
            )
        return key

    @records_denial
    def add_lesson(self, area: str, text_value: str) -> str:
        lesson = clean_text(
            text_value, field_name=common.field("lesson"), limit=MAX_TEXT, multiline=True
        )
        return self._add(
            area, table="lesson", key_kind="lesson", event="lesson.add", values={"text": lesson}
        )
