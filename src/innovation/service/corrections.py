"""Corrections: a mistake put right as an event of its own, with the reason, never a silent edit.

An area's question reworded, a person's name, an indicator's name, unit, start value, national
value or target (even after the scope gate froze them: a typo is not a new baseline), a
collaboration's form and dates, the assignment's title and text. History shows the old value
and the new. A correction that should also reach a closed period's delivered report names the
period: the report becomes a new revision that says what changed, by whom and why.
"""

from __future__ import annotations

from typing import Any

from innovation import audit
from innovation.domain import (
    MAX_QUESTION,
    MAX_SHORT,
    MAX_TEXT,
    Forbidden,
    Invalid,
    NotFound,
    Refused,
    Role,
    clean_text,
    clean_username,
    make_key,
    parse_key,
    parse_period,
)
from innovation.service import common
from innovation.service.base import ServiceBase, records_denial
from innovation.service.partners import FORMS, _choice, _day
from innovation.store import people, periods, steering
from innovation.store.areas import AreaFactsRow
from innovation.store.reads import by_id
from innovation.store.rows import CollaborationRow, IndicatorRow
from innovation.store.sql import Tx


class Corrections(ServiceBase):
    def _amending(self, tx: Tx, period: str | None, reason: str) -> None:
        """A correction that reaches a closed period's report: it gets a new revision."""
        if period is None:
            return
        key = parse_period(period)
        status = periods.status(tx, key)
        if status is None:
            raise NotFound("error.no_period", period=key)
        if status != "closed":
            raise Refused("error.correct_open_period", period=key)
        self._revise(tx, key, reason)

    def _facilitator_or_lead(self, tx: Tx, row: AreaFactsRow, area_key: str) -> str:
        actor = self._actor(tx)
        if actor.username not in self._leads(row) and not actor.has(Role.FACILITATOR):
            raise Forbidden(
                "error.forbidden_correct",
                actor=actor.username,
                area=area_key,
                leads=", ".join(self._leads(row)),
            )
        return actor.username

    @records_denial
    def reword(self, area: str, question: str, *, reason: str, period: str | None = None) -> str:
        """Rewords an area's question (its ledartröjor or a facilitator)."""
        text = clean_text(question, field_name=common.field("question"), limit=MAX_QUESTION)
        why = common.required(reason, "reason", MAX_TEXT)
        with self.db.write() as tx:
            row = self._area_row(tx, area)
            key = make_key("area", row.id)
            actor = self._facilitator_or_lead(tx, row, key)
            self._refuse_if_merged(row)
            if text == row.question:
                raise Refused("error.same_as_before")
            when = self._when(tx, row)
            common.touch(tx, row.id, question=text)
            audit.append(
                tx,
                when,
                actor=actor,
                kind="area.reword",
                area=key,
                before={"question": row.question},
                after={"question": text},
                reason=why,
            )
            self._amending(tx, period, why)
        return key

    @records_denial
    def rename_person(self, username: str, *, name: str, reason: str) -> str:
        """Corrects a person's name (an admin, or the person themselves)."""
        username = clean_username(username)
        new = clean_text(name, field_name=common.field("name"), limit=MAX_SHORT)
        why = common.required(reason, "reason", MAX_TEXT)
        with self.db.write() as tx:
            actor = self._actor(tx)
            if actor.username != username and not actor.has(Role.ADMIN):
                raise Forbidden("error.forbidden_rename", actor=actor.username, username=username)
            person = self._person(tx, username)
            if person.name == new:
                raise Refused("error.same_as_before")
            people.rename(tx, username, new)
            audit.append(
                tx,
                self._now(),
                actor=actor.username,
                kind="person.rename",
                subject=username,
                before={"name": person.name},
                after={"name": new},
                reason=why,
            )
        return username

    @records_denial
    def correct_indicator(
        self,
        indicator: str,
        *,
        reason: str,
        name: str | None = None,
        unit: str | None = None,
        baseline: float | None = None,
        baseline_year: int | None = None,
        national: float | None = None,
        target: str | None = None,
        period: str | None = None,
    ) -> str:
        """Corrects what was written wrong about an indicator, frozen baseline or not."""
        changes: dict[str, Any] = {}
        if name is not None:
            changes["name"] = clean_text(name, field_name=common.field("name"), limit=MAX_SHORT)
        if unit is not None:
            changes["unit"] = clean_text(unit, field_name=common.field("unit"), limit=40)
        if baseline is not None:
            changes["baseline"] = common.number(baseline, "baseline")
        if baseline_year is not None:
            changes["baseline_year"] = common.year(baseline_year, "baseline_year")
        if national is not None:
            changes["national"] = common.number(national, "national")
        if target is not None:
            changes["target"] = common.required(target, "target", MAX_SHORT, multiline=False)
        if not changes:
            raise Invalid("error.correct_what")
        why = common.required(reason, "reason", MAX_TEXT)
        with self.db.write() as tx:
            ind_id = parse_key("indicator", indicator)
            ind = by_id(tx, IndicatorRow, ind_id)
            key = make_key("indicator", ind_id)
            if ind is None:
                raise NotFound("error.no_such_indicator", key=key)
            row = self._area_row(tx, make_key("area", ind.area_id))
            area_key = make_key("area", row.id)
            actor = self._facilitator_or_lead(tx, row, area_key)
            changes = {c: v for c, v in changes.items() if v != getattr(ind, c)}
            if not changes:
                raise Refused("error.same_as_before")
            when = self._when(tx, row)
            common.update(tx, "indicator", ind_id, **changes)
            common.touch(tx, row.id)
            audit.append(
                tx,
                when,
                actor=actor,
                kind="indicator.correct",
                area=area_key,
                subject=key,
                before={c: getattr(ind, c) for c in changes},
                after=changes,
                reason=why,
            )
            self._amending(tx, period, why)
        return key

    @records_denial
    def correct_collaboration(
        self,
        collaboration: str,
        *,
        reason: str,
        form: str | None = None,
        since: str | None = None,
        until: str | None = None,
        note: str | None = None,
        period: str | None = None,
    ) -> str:
        """Corrects a collaboration's form, dates or note."""
        why = common.required(reason, "reason", MAX_TEXT)
        changes: dict[str, Any] = {}
        if form is not None:
            changes["form"] = _choice(form, FORMS, {}, "error.bad_form")
        if since is not None:
            changes["since"] = _day(since, "since").isoformat()
        if until is not None:
            changes["until"] = _day(until, "until").isoformat() if until else None
        if note is not None:
            changes["note"] = common.optional(note, "note", MAX_TEXT, multiline=True)
        if not changes:
            raise Invalid("error.correct_what")
        with self.db.write() as tx:
            link_id = parse_key("collaboration", collaboration)
            key = make_key("collaboration", link_id)
            link = by_id(tx, CollaborationRow, link_id)
            if link is None:
                raise NotFound("error.no_such_collaboration", key=key)
            row = self._area_row(tx, make_key("area", link.area_id))
            area_key = make_key("area", row.id)
            actor = self._facilitator_or_lead(tx, row, area_key)
            was = {
                "form": link.form,
                "since": str(link.since)[:10],
                "until": str(link.until)[:10] if link.until else None,
                "note": link.note,
            }
            changes = {c: v for c, v in changes.items() if v != was[c]}
            if not changes:
                raise Refused("error.same_as_before")
            start = changes.get("since", was["since"])
            end = changes.get("until", was["until"])
            if end is not None and end < start:
                raise Invalid("error.until_before_since", since=start, until=end)
            when = self._when(tx, row)
            common.update(tx, "collaboration", link_id, **changes)
            common.touch(tx, row.id)
            audit.append(
                tx,
                when,
                actor=actor,
                kind="collaboration.correct",
                area=area_key,
                subject=key,
                before={c: was[c] for c in changes},
                after=changes,
                reason=why,
            )
            self._amending(tx, period, why)
        return key

    @records_denial
    def edit_assignment(
        self,
        assignment: str,
        *,
        reason: str,
        title: str | None = None,
        description: str | None = None,
        period: str | None = None,
    ) -> str:
        """Corrects the assignment's title or text (a facilitator)."""
        why = common.required(reason, "reason", MAX_TEXT)
        changes: dict[str, Any] = {}
        if title is not None:
            changes["title"] = clean_text(title, field_name=common.field("title"), limit=MAX_SHORT)
        if description is not None:
            changes["description"] = common.optional(
                description, "description", MAX_TEXT, multiline=True
            )
        if not changes:
            raise Invalid("error.correct_what")
        with self.db.write() as tx:
            actor = self._actor(tx)
            if not actor.has(Role.FACILITATOR):
                raise Forbidden("error.forbidden_assignment", actor=actor.username)
            row = steering.assignment_titled(tx, assignment.strip())
            if row is None:
                raise NotFound("error.no_assignment", title=assignment)
            changes = {c: v for c, v in changes.items() if v != getattr(row, c)}
            if not changes:
                raise Refused("error.same_as_before")
            if "title" in changes and steering.assignment_titled(tx, changes["title"]):
                raise Refused("error.assignment_exists", title=changes["title"])
            common.update(tx, "assignment", row.id, **changes)
            audit.append(
                tx,
                self._now(),
                actor=actor.username,
                kind="assignment.edit",
                subject=str(row.id),
                before={c: getattr(row, c) for c in changes},
                after={**changes, "id": row.id},
                reason=why,
            )
            self._amending(tx, period, why)
        return str(changes.get("title", row.title))

    @records_denial
    def amend_assignment_status(
        self,
        assignment: str,
        *,
        period: str,
        color: str,
        comment: str,
        reason: str,
        cause: str | None = None,
        measures: str | None = None,
    ) -> str:
        """Corrects the assignment's colour for a closed period: a new record and a new
        revision of the period's report."""
        from innovation.service.followup import checked_colour

        key = parse_period(period)
        values: dict[str, Any] = {
            **checked_colour(color, cause, measures),
            "comment": common.required(comment, "comment", MAX_TEXT),
        }
        why = common.required(reason, "reason", MAX_TEXT)
        with self.db.write() as tx:
            actor = self._actor(tx)
            if not actor.has(Role.FACILITATOR):
                raise Forbidden("error.forbidden_assignment", actor=actor.username)
            row = steering.assignment_titled(tx, assignment.strip())
            if row is None:
                raise NotFound("error.no_assignment", title=assignment)
            state = periods.status(tx, key)
            if state is None:
                raise NotFound("error.no_period", period=key)
            if state != "closed":
                raise Refused("error.period_open_assignment", period=key)
            when = self._now()
            status_id = common.insert(
                tx,
                "assignment_status",
                assignment_id=row.id,
                period=key,
                reported_by=actor.username,
                reported_at=when.ts,
                **values,
            )
            audit.append(
                tx,
                when,
                actor=actor.username,
                kind="assignment.amend",
                subject=key,
                after={
                    "assignment": assignment.strip(),
                    "assignment_id": row.id,
                    "period": key,
                    "id": status_id,
                    **values,
                },
                reason=why,
            )
            self._revise(tx, key, why)
        return key
