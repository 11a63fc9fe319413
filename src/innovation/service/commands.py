"""Commands: each checks who acts and the flow, then writes the change and its audit event."""

from __future__ import annotations

import functools
import math
from datetime import date
from typing import Any

from innovation import audit
from innovation.domain import (
    MAX_QUESTION,
    MAX_SHORT,
    MAX_TEXT,
    Forbidden,
    Invalid,
    NotFound,
    Outcome,
    Refused,
    RequestStatus,
    Role,
    Track,
    clean_text,
    clean_username,
    make_key,
    parse_key,
)
from innovation.engine.flow import Transition
from innovation.engine.machine import missing_for
from innovation.engine.requirements import REQUIREMENTS
from innovation.i18n import t
from innovation.service.base import Actor, ServiceBase, facts_of
from innovation.service.views import MoveResult
from innovation.store.sql import Row, Tx
from innovation.timeutil import iso

MAX_COUNT = 1_000_000


@functools.cache
def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    names = ", ".join(columns)
    slots = ", ".join(f":{c}" for c in columns)
    return f"INSERT INTO {table} ({names}) VALUES ({slots})"


def _insert(tx: Tx, table: str, **values: Any) -> int:
    return tx.insert(_insert_sql(table, tuple(values)), **values)


@functools.cache
def _touch_sql(columns: tuple[str, ...]) -> str:
    sets = "".join(f", {c} = :{c}" for c in columns)
    return f"UPDATE area SET version = version + 1{sets} WHERE id = :id"


def _field(name: str) -> str:
    return t(f"field.{name}")


def _count(value: int, name: str) -> int:
    if not 0 <= value <= MAX_COUNT:
        raise Invalid("error.bad_number", field=_field(name), low=0, high=MAX_COUNT, value=value)
    return value


def _number(value: float, name: str) -> float:
    if not math.isfinite(value) or abs(value) > 1e12:
        raise Invalid("error.bad_number", field=_field(name), low="-10¹²", high="10¹²", value=value)
    return value


def _year(value: int, name: str) -> int:
    if not 1900 <= value <= 2100:
        raise Invalid("error.bad_year", field=_field(name), value=value)
    return value


def _optional(value: str | None, name: str, limit: int, multiline: bool = False) -> str | None:
    if value is None or not value.strip():
        return None
    return clean_text(value, field_name=_field(name), limit=limit, multiline=multiline)


def _roles(values: list[str]) -> list[str]:
    choices = ", ".join(r.value for r in Role)
    if not values:
        raise Invalid("error.no_role", choices=choices)
    roles: list[str] = []
    for value in values:
        name = value.strip().lower().replace("ö", "o")
        if name not in {r.value for r in Role}:
            raise Invalid("error.bad_role", value=value, choices=choices)
        if name not in roles:
            roles.append(name)
    return roles


class Commands(ServiceBase):
    # people and areas -------------------------------------------------------------------
    def add_person(self, username: str, *, name: str, roles: list[str]) -> str:
        username = clean_username(username)
        name = clean_text(name, field_name=_field("name"), limit=MAX_SHORT)
        chosen = _roles(roles)
        with self.db.write() as tx:
            first = not tx.value("SELECT count(*) FROM person")
            if first:
                if Role.ADMIN.value not in chosen:
                    raise Refused("error.first_person_admin")
                actor_name = username
            else:
                actor = self._actor(tx)
                if not actor.has(Role.ADMIN, Role.FACILITATOR):
                    raise Forbidden("error.forbidden_people", actor=actor.username)
                actor_name = actor.username
            if tx.one("SELECT id FROM person WHERE username = :u", u=username) is not None:
                raise Refused("error.person_exists", username=username)
            now = self.clock()
            _insert(
                tx, "person", username=username, name=name, roles=" ".join(chosen), created_at=now
            )
            audit.append(
                tx,
                at=now,
                actor=actor_name,
                kind="person.add",
                subject=username,
                after={"username": username, "name": name, "roles": chosen},
            )
        return username

    def create_area(
        self,
        question: str,
        *,
        track: str,
        fadder: str,
        ledartrojor: list[str],
        round: str | None = None,
    ) -> str:
        question = clean_text(question, field_name=_field("question"), limit=MAX_QUESTION)
        track = track.strip().lower()
        if track not in {x.value for x in Track}:
            raise Invalid("error.bad_track", value=track, choices=", ".join(x.value for x in Track))
        round_ = _optional(round, "round", 40)
        fadder = clean_username(fadder)
        leads = [clean_username(u) for u in ledartrojor]
        if len(leads) != 2 or leads[0] == leads[1]:
            raise Invalid("error.two_leads")
        if fadder in leads:
            raise Refused("error.fadder_is_lead", username=fadder)
        engine = self.flows.get(track)
        with self.db.write() as tx:
            actor = self._actor(tx)
            if not actor.has(Role.FACILITATOR, Role.ADMIN):
                raise Forbidden("error.forbidden_areas", actor=actor.username)
            self._holds(tx, fadder, Role.FADDER)
            for lead in leads:
                self._holds(tx, lead, Role.LEDARTROJA)
            now = self.clock()
            values: dict[str, Any] = {
                "question": question,
                "track": track,
                "phase": engine.flow.initial,
                "cycle": 1,
                "round": round_,
                "fadder": fadder,
                "ledartroja1": leads[0],
                "ledartroja2": leads[1],
            }
            area_id = _insert(tx, "area", **values, created_at=now, phase_since=now, version=1)
            key = make_key("area", area_id)
            audit.append(
                tx, at=now, actor=actor.username, kind="area.create", area=key, after=values
            )
        return key

    def _holds(self, tx: Tx, username: str, role: Role) -> None:
        person = self._person(tx, username)
        if role.value not in person["roles"].split():
            raise Refused("error.lacks_role", username=username, role=t(f"role.{role.value}"))

    # recording work ---------------------------------------------------------------------
    def _lead_area(self, tx: Tx, key: str) -> tuple[Actor, Row, str]:
        actor = self._actor(tx)
        row = self._area_row(tx, key)
        area_key = make_key("area", row["id"])
        if actor.username not in self._leads(row):
            raise Forbidden(
                "error.forbidden_record",
                actor=actor.username,
                area=area_key,
                leads=", ".join(self._leads(row)),
            )
        return actor, row, area_key

    @staticmethod
    def _touch(tx: Tx, row: Row, **values: Any) -> None:
        tx.run(_touch_sql(tuple(values)), id=row["id"], **values)

    def add_activity(
        self,
        area: str,
        *,
        on: str,
        kind: str,
        residents: int = 0,
        staff: int = 0,
        managers: int = 0,
        note: str | None = None,
    ) -> str:
        try:
            when = date.fromisoformat(on.strip())
        except ValueError:
            raise Invalid("error.bad_date", value=on) from None
        if when > self.clock().date():
            raise Invalid("error.future_date", value=when.isoformat())
        kind = clean_text(kind, field_name=_field("kind"), limit=MAX_SHORT)
        counts = {
            "residents": _count(residents, "residents"),
            "staff": _count(staff, "staff"),
            "managers": _count(managers, "managers"),
        }
        if not any(counts.values()):
            raise Invalid("error.no_participants")
        note = _optional(note, "note", MAX_TEXT, multiline=True)
        with self.db.write() as tx:
            actor, row, area_key = self._lead_area(tx, area)
            now = self.clock()
            values = {"cycle": row["cycle"], "date": when, "kind": kind, "note": note, **counts}
            new_id = _insert(
                tx,
                "activity",
                area_id=row["id"],
                created_by=actor.username,
                created_at=now,
                **values,
            )
            key = make_key("activity", new_id)
            self._touch(tx, row)
            audit.append(
                tx,
                at=now,
                actor=actor.username,
                kind="activity.add",
                area=area_key,
                subject=key,
                after={**values, "date": when.isoformat()},
            )
        return key

    def _set_statement(
        self, area: str, column: str, value: str, limit: int, *, multiline: bool = True
    ) -> str:
        text_value = clean_text(value, field_name=_field(column), limit=limit, multiline=multiline)
        with self.db.write() as tx:
            actor, row, area_key = self._lead_area(tx, area)
            now = self.clock()
            before = {column: row[column], "cycle": row[f"{column}_cycle"]}
            after = {column: text_value, "cycle": row["cycle"]}
            self._touch(tx, row, **{column: text_value, f"{column}_cycle": row["cycle"]})
            audit.append(
                tx,
                at=now,
                actor=actor.username,
                kind=f"{column}.set",
                area=area_key,
                before=before,
                after=after,
            )
        return area_key

    def set_scope(self, area: str, value: str) -> str:
        return self._set_statement(area, "scope", value, MAX_TEXT)

    def set_nylage(self, area: str, value: str) -> str:
        return self._set_statement(area, "nylage", value, MAX_TEXT)

    def set_owner(self, area: str, value: str) -> str:
        return self._set_statement(area, "owner", value, MAX_SHORT, multiline=False)

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
    ) -> str:
        values = {
            "name": clean_text(name, field_name=_field("name"), limit=MAX_SHORT),
            "unit": clean_text(unit, field_name=_field("unit"), limit=40),
            "baseline_year": _year(baseline_year, "baseline_year"),
            "baseline": _number(baseline, "baseline"),
            "national": None if national is None else _number(national, "national"),
            "target": clean_text(target, field_name=_field("target"), limit=MAX_SHORT),
            "kolada": _optional(kolada, "kolada", 40),
        }
        with self.db.write() as tx:
            actor, row, area_key = self._lead_area(tx, area)
            now = self.clock()
            new_id = _insert(
                tx,
                "indicator",
                area_id=row["id"],
                created_by=actor.username,
                created_at=now,
                **values,
            )
            key = make_key("indicator", new_id)
            self._touch(tx, row)
            audit.append(
                tx,
                at=now,
                actor=actor.username,
                kind="indicator.add",
                area=area_key,
                subject=key,
                after=values,
            )
        return key

    def add_test(self, area: str, *, hypothesis: str, measure: str | None = None) -> str:
        values = {
            "hypothesis": clean_text(
                hypothesis, field_name=_field("hypothesis"), limit=MAX_TEXT, multiline=True
            ),
            "measure": _optional(measure, "measure", MAX_TEXT, multiline=True),
        }
        with self.db.write() as tx:
            actor, row, area_key = self._lead_area(tx, area)
            now = self.clock()
            new_id = _insert(
                tx,
                "trial",
                area_id=row["id"],
                cycle=row["cycle"],
                created_by=actor.username,
                created_at=now,
                **values,
            )
            key = make_key("test", new_id)
            self._touch(tx, row)
            audit.append(
                tx,
                at=now,
                actor=actor.username,
                kind="test.add",
                area=area_key,
                subject=key,
                after={**values, "cycle": row["cycle"]},
            )
        return key

    def record_result(self, test: str, *, result: str, outcome: str) -> str:
        test_id = parse_key("test", test)
        key = make_key("test", test_id)
        result = clean_text(result, field_name=_field("result"), limit=MAX_TEXT, multiline=True)
        outcome = outcome.strip().lower()
        if outcome not in {o.value for o in Outcome}:
            raise Invalid("error.bad_outcome", value=outcome)
        with self.db.write() as tx:
            trial = tx.one("SELECT area_id, result FROM trial WHERE id = :id", id=test_id)
            if trial is None:
                raise NotFound("error.not_found", kind=t("kind.test"), key=key)
            actor, row, area_key = self._lead_area(tx, make_key("area", trial["area_id"]))
            if trial["result"] is not None:
                raise Refused("error.test_has_result", test=key)
            now = self.clock()
            tx.run(
                "UPDATE trial SET result = :result, outcome = :outcome, result_at = :at"
                " WHERE id = :id",
                result=result,
                outcome=outcome,
                at=now,
                id=test_id,
            )
            self._touch(tx, row)
            audit.append(
                tx,
                at=now,
                actor=actor.username,
                kind="test.result",
                area=area_key,
                subject=key,
                before={"result": None, "outcome": None},
                after={"result": result, "outcome": outcome},
            )
        return key

    def add_lesson(self, area: str, text_value: str) -> str:
        lesson = clean_text(text_value, field_name=_field("lesson"), limit=MAX_TEXT, multiline=True)
        with self.db.write() as tx:
            actor, row, area_key = self._lead_area(tx, area)
            now = self.clock()
            new_id = _insert(
                tx,
                "lesson",
                area_id=row["id"],
                cycle=row["cycle"],
                text=lesson,
                created_by=actor.username,
                created_at=now,
            )
            key = make_key("lesson", new_id)
            self._touch(tx, row)
            audit.append(
                tx,
                at=now,
                actor=actor.username,
                kind="lesson.add",
                area=area_key,
                subject=key,
                after={"text": lesson, "cycle": row["cycle"]},
            )
        return key

    # moves and decisions ----------------------------------------------------------------
    def _check_move(self, row: Row, area_key: str, dest: str) -> Transition:
        engine = self.flows.get(row["track"])
        flow = engine.flow
        if flow.phase(dest) is None:
            raise Invalid(
                "error.no_such_phase", phase=dest, flow=flow.id, choices=", ".join(flow.phase_ids)
            )
        facts = facts_of(row)
        transition = engine.transition_to(row["phase"], dest)
        if transition is None:
            moves = [tr.dest for tr in flow.from_phase(row["phase"])]
            raise Refused(
                "error.no_move",
                area=area_key,
                source=row["phase"],
                dest=dest,
                flow=flow.id,
                open=", ".join(moves) or t("error.no_moves_open"),
            )
        missing = missing_for(transition, facts)
        if missing:
            hints = "; ".join(t(REQUIREMENTS[name].hint, area=area_key) for name in missing)
            raise Refused("error.move_missing", source=row["phase"], dest=dest, missing=hints)
        return transition

    def _perform(self, tx: Tx, row: Row, transition: Transition, now: Any) -> dict[str, Any]:
        """Fires the transition through the machine and writes the area; returns the after."""
        engine = self.flows.get(row["track"])
        phase = engine.fire(facts_of(row), transition)
        cycle = row["cycle"] + 1 if transition.new_cycle else row["cycle"]
        self._touch(tx, row, phase=phase, cycle=cycle, phase_since=now)
        return {"phase": phase, "cycle": cycle}

    def move(self, area: str, dest: str, *, reason: str) -> MoveResult:
        reason = clean_text(reason, field_name=_field("reason"), limit=MAX_TEXT, multiline=True)
        dest = dest.strip().lower()
        with self.db.write() as tx:
            actor, row, area_key = self._lead_area(tx, area)
            if row["open_request"] is not None:
                self._refuse_open_request(tx, row, area_key)
            transition = self._check_move(row, area_key, dest)
            now = self.clock()
            before = {"phase": row["phase"], "cycle": row["cycle"]}
            if transition.fadder:
                req_id = _insert(
                    tx,
                    "request",
                    area_id=row["id"],
                    trigger=transition.trigger,
                    source=transition.source,
                    dest=transition.dest,
                    cycle=row["cycle"],
                    reason=reason,
                    area_version=row["version"],
                    status=RequestStatus.OPEN.value,
                    requested_by=actor.username,
                    requested_at=now,
                )
                req = make_key("request", req_id)
                audit.append(
                    tx,
                    at=now,
                    actor=actor.username,
                    kind="request.file",
                    area=area_key,
                    subject=req,
                    before=before,
                    after={
                        "request": req,
                        "source": transition.source,
                        "dest": transition.dest,
                        "status": RequestStatus.OPEN.value,
                        "fadder": row["fadder"],
                    },
                    reason=reason,
                )
                return MoveResult(area_key, row["phase"], row["cycle"], request=req)
            after = self._perform(tx, row, transition, now)
            audit.append(
                tx,
                at=now,
                actor=actor.username,
                kind="move",
                area=area_key,
                before=before,
                after={**after, "trigger": transition.trigger},
                reason=reason,
            )
            return MoveResult(area_key, after["phase"], after["cycle"])

    def _refuse_open_request(self, tx: Tx, row: Row, area_key: str) -> None:
        r = tx.one("SELECT * FROM request WHERE id = :id", id=row["open_request"])
        assert r is not None
        raise Refused(
            "error.open_request",
            area=area_key,
            request=make_key("request", r["id"]),
            source=r["source"],
            dest=r["dest"],
        )

    def _open_request_for_decision(self, tx: Tx, request: str) -> tuple[Actor, Row, Row, str, str]:
        req_id = parse_key("request", request)
        req_key = make_key("request", req_id)
        actor = self._actor(tx)
        req = tx.one("SELECT * FROM request WHERE id = :id", id=req_id)
        if req is None:
            raise NotFound("error.not_found", kind=t("kind.request"), key=req_key)
        if req["status"] != RequestStatus.OPEN.value:
            raise Refused(
                "error.request_closed",
                request=req_key,
                status=t(f"status.{req['status']}"),
                by=req["decided_by"],
                at=iso(req["decided_at"]) if req["decided_at"] else "?",
            )
        row = self._area_row(tx, make_key("area", req["area_id"]))
        if actor.username == req["requested_by"]:
            raise Forbidden("error.own_request", actor=actor.username, request=req_key)
        if actor.username != row["fadder"] or actor.username in self._leads(row):
            raise Forbidden(
                "error.forbidden_decide",
                actor=actor.username,
                request=req_key,
                fadder=row["fadder"],
            )
        return actor, req, row, req_key, make_key("area", row["id"])

    def _close_request(
        self, tx: Tx, req: Row, status: RequestStatus, actor: Actor, comment: Any
    ) -> Any:
        now = self.clock()
        done = tx.run(
            "UPDATE request SET status = :status, decided_by = :by, decided_at = :at,"
            " comment = :comment WHERE id = :id AND status = 'open'",
            status=status.value,
            by=actor.username,
            at=now,
            comment=comment,
            id=req["id"],
        )
        if done != 1:
            raise Refused("db.busy")
        return now

    def approve(self, request: str, *, comment: str | None = None) -> MoveResult:
        comment = _optional(comment, "comment", MAX_TEXT, multiline=True)
        with self.db.write() as tx:
            actor, req, row, req_key, area_key = self._open_request_for_decision(tx, request)
            if row["phase"] != req["source"] or row["cycle"] != req["cycle"]:
                raise Refused(
                    "error.request_outdated",
                    request=req_key,
                    source=req["source"],
                    dest=req["dest"],
                    area=area_key,
                    phase=row["phase"],
                )
            transition = self._check_move(row, area_key, req["dest"])
            now = self._close_request(tx, req, RequestStatus.APPROVED, actor, comment)
            after = self._perform(tx, row, transition, now)
            audit.append(
                tx,
                at=now,
                actor=actor.username,
                kind="request.approve",
                area=area_key,
                subject=req_key,
                before={"phase": row["phase"], "cycle": row["cycle"], "status": "open"},
                after={**after, "status": RequestStatus.APPROVED.value},
                reason=comment,
            )
            return MoveResult(area_key, after["phase"], after["cycle"], request=req_key)

    def reject(self, request: str, *, comment: str) -> MoveResult:
        comment_text = clean_text(
            comment, field_name=_field("comment"), limit=MAX_TEXT, multiline=True
        )
        with self.db.write() as tx:
            actor, req, row, req_key, area_key = self._open_request_for_decision(tx, request)
            now = self._close_request(tx, req, RequestStatus.REJECTED, actor, comment_text)
            audit.append(
                tx,
                at=now,
                actor=actor.username,
                kind="request.reject",
                area=area_key,
                subject=req_key,
                before={"status": "open"},
                after={"status": RequestStatus.REJECTED.value},
                reason=comment_text,
            )
            return MoveResult(area_key, row["phase"], row["cycle"], request=req_key)
