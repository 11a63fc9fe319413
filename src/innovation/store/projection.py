"""The tables as a function of the trail: each event applied to a database, in order.

The service writes its tables as it records each event; `apply` writes the same rows from the
event alone. Applied to every event in an empty database, it gives what the tables should
hold (`audit replay` compares the two row by row); applied to the events of each area up to a
day, it gives the world as it stood that day. Events carry every value they wrote, and the
ids of the rows they made, so nothing here needs anything but the event.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from innovation.store.sql import Tx
from innovation.store.writes import end_delegations, enter_phase, insert, leave_phase, touch
from innovation.timeutil import as_utc, happened_at, local_date

# For events recorded before requests kept their trigger: the flow's name for a move.
TriggerOf = Callable[[str, str, str], str | None]


class Event(dict[str, Any]):
    """A parsed event: its document's fields, `after`/`before` as objects, `ts` the
    timestamp the tables keep for it (the moment it was recorded, or noon of its day)."""

    @classmethod
    def of(cls, fields: dict[str, Any]) -> Event:
        e = cls(fields)
        for name in ("before", "after"):
            value = e.get(name)
            e[name] = json.loads(value) if isinstance(value, str) else (value or {})
        day = date.fromisoformat(e["on"]) if e.get("on") else local_date(e["at"])
        e["day"] = day
        e["ts"] = happened_at(day, _at(e["at"]))
        return e


def _at(value: str) -> datetime:
    return as_utc(value)


def _id(key: str | None) -> int | None:
    """The row id in a key such as O3, R12 or H4."""
    if not key:
        return None
    digits = key.lstrip("#ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return int(digits) if digits.isdigit() else None


def _area(e: Event) -> int:
    found = _id(e["area"])
    assert found is not None
    return found


def _with_id(values: dict[str, Any], row_id: int | None) -> dict[str, Any]:
    return values if row_id is None else {"id": row_id, **values}


class Projector:
    """Applies events to the tables of one transaction."""

    def __init__(self, tx: Tx, trigger_of: TriggerOf | None = None) -> None:
        self.tx = tx
        self.trigger_of = trigger_of
        self._kinds: dict[str, Callable[[Event], None]] = {
            "person.add": self._person_add,
            "person.roles": self._person_roles,
            "person.rename": self._person_rename,
            "area.create": self._area_create,
            "area.merge": self._area_create,
            "area.merged": self._area_merged,
            "area.assign": self._area_assign,
            "area.handover": self._area_handover,
            "area.resume": self._area_resume,
            "area.reword": self._area_reword,
            "handover.note": self._handover_note,
            "handover.seen": self._handover_seen,
            "activity.add": self._activity_add,
            "scope.set": self._statement,
            "nylage.set": self._statement,
            "owner.set": self._statement,
            "indicator.add": self._indicator_add,
            "indicator.set": self._indicator_set,
            "indicator.correct": self._indicator_set,
            "indicator.value": self._indicator_value,
            "test.add": self._test_add,
            "test.result": self._test_result,
            "lesson.add": self._lesson_add,
            "move": self._move,
            "request.file": self._request_file,
            "request.approve": self._request_decided,
            "request.reject": self._request_decided,
            "request.hold": self._request_decided,
            "request.kill": self._request_decided,
            "request.withdraw": self._request_withdraw,
            "delegation.add": self._delegation,
            "delegation.revoke": self._delegation,
            "period.open": self._period_open,
            "period.close": self._period_close,
            "report.revise": self._revision,
            "status.set": self._status,
            "status.amend": self._status,
            "assignment.add": self._assignment_add,
            "assignment.indicator": self._assignment_indicator,
            "assignment.status": self._assignment_status,
            "round.add": self._round_add,
            "partner.add": self._partner_add,
            "collaboration.add": self._collaboration_add,
            "collaboration.end": self._collaboration_end,
            "collaboration.correct": self._collaboration_correct,
            "assignment.edit": self._assignment_edit,
            "assignment.amend": self._assignment_status,
            "idea.add": self._idea_add,
            "idea.support": self._idea_support,
            "idea.unsupport": self._idea_unsupport,
            "idea.score": self._idea_score,
            "idea.promote": self._idea_promote,
            "idea.park": self._idea_settle,
            "idea.decline": self._idea_settle,
            "idea.move": self._idea_move,
            "key.add": self._key_add,
            "key.revoke": self._key_revoke,
            "setting.set": self._setting_set,
            "goal_area.add": self._goal_area_add,
            "assignment.describe": self._assignment_describe,
            "area.serve": self._area_serve,
            "area.unserve": self._area_unserve,
            "assignment.judge": self._assignment_judge,
            "assignment.value": self._assignment_value,
            "work.plan": self._work_plan,
            "work.done": self._work_done,
            "training.add": self._training_add,
            "partner.status": self._partner_status,
            "person.contact": self._person_contact,
        }

    def apply(self, event: Event) -> None:
        handler = self._kinds.get(event["kind"])
        if handler is not None:
            handler(event)
        # Annotations, refused attempts and database logins change no table.

    # people and areas ---------------------------------------------------------------------
    def _person_add(self, e: Event) -> None:
        a = e["after"]
        values = {
            "username": a["username"],
            "name": a["name"],
            "roles": " ".join(a["roles"]),
            "created_at": e["ts"],
        }
        insert(self.tx, "person", **_with_id(values, a.get("id")))

    def _person_roles(self, e: Event) -> None:
        self.tx.run(
            "UPDATE person SET roles = :r WHERE username = :u",
            r=" ".join(e["after"]["roles"]),
            u=e["subject"],
        )

    def _person_rename(self, e: Event) -> None:
        self.tx.run(
            "UPDATE person SET name = :n WHERE username = :u", n=e["after"]["name"], u=e["subject"]
        )

    def _area_create(self, e: Event) -> None:
        a = e["after"]
        area_id = _area(e)
        insert(
            self.tx,
            "area",
            id=area_id,
            question=a["question"],
            track=a["track"],
            phase=a["phase"],
            cycle=a["cycle"],
            round=a.get("round"),
            fadder=a["fadder"],
            ledartroja1=a["ledartroja1"],
            ledartroja2=a["ledartroja2"],
            created_at=e["ts"],
            phase_since=e["ts"],
            version=1,
        )
        enter_phase(self.tx, area_id, a["phase"], e["ts"])

    def _area_merged(self, e: Event) -> None:
        area_id = _area(e)
        end_delegations(self.tx, area_id, e["ts"])
        touch(self.tx, area_id)
        leave_phase(self.tx, area_id, e["ts"])
        self.tx.run(
            "UPDATE area SET merged_into = :into, merged_at = :at WHERE id = :id",
            into=_id(e["after"]["merged_into"]),
            at=e["ts"],
            id=area_id,
        )

    def _area_assign(self, e: Event) -> None:
        a, b = e["after"], e["before"]
        leads = a["ledartrojor"]
        area_id = _area(e)
        touch(self.tx, area_id, fadder=a["fadder"], ledartroja1=leads[0], ledartroja2=leads[1])
        if a["fadder"] != b.get("fadder"):
            end_delegations(self.tx, area_id, e["ts"])

    def _area_handover(self, e: Event) -> None:
        a = e["after"]
        area_id = _area(e)
        leads = a["ledartrojor"]
        touch(self.tx, area_id, ledartroja1=leads[0], ledartroja2=leads[1])
        insert(
            self.tx,
            "handover",
            id=_id(e["subject"]),
            area_id=area_id,
            outgoing=a["outgoing"],
            incoming=a["incoming"],
            reason=e["reason"],
            created_by=e["actor"],
            created_at=e["ts"],
        )

    def _area_resume(self, e: Event) -> None:
        touch(self.tx, _area(e), hold_until=None, hold_reason=None, hold_since=None)

    def _area_reword(self, e: Event) -> None:
        touch(self.tx, _area(e), question=e["after"]["question"])

    def _handover_note(self, e: Event) -> None:
        self.tx.run(
            "UPDATE handover SET note = :n, note_at = :at WHERE id = :id",
            n=e["after"]["note"],
            at=e["ts"],
            id=_id(e["subject"]),
        )

    def _handover_seen(self, e: Event) -> None:
        self.tx.run(
            "UPDATE handover SET seen_at = :at WHERE id = :id", at=e["ts"], id=_id(e["subject"])
        )

    # an area's work -------------------------------------------------------------------------
    def _work(self, e: Event, table: str, **values: Any) -> None:
        area_id = _area(e)
        insert(
            self.tx,
            table,
            id=_id(e["subject"]),
            area_id=area_id,
            created_by=e["actor"],
            created_at=e["ts"],
            **values,
        )
        touch(self.tx, area_id)

    def _activity_add(self, e: Event) -> None:
        a = e["after"]
        self._work(
            e,
            "activity",
            cycle=a["cycle"],
            date=a["date"],
            kind=a["kind"],
            residents=a["residents"],
            staff=a["staff"],
            managers=a["managers"],
            note=a.get("note"),
        )

    def _statement(self, e: Event) -> None:
        column = e["kind"].split(".")[0]
        cycle = e["after"]["cycle"]
        touch(self.tx, _area(e), **{column: e["after"][column], f"{column}_cycle": cycle})

    def _indicator_add(self, e: Event) -> None:
        a = e["after"]
        self._work(
            e,
            "indicator",
            name=a["name"],
            unit=a["unit"],
            baseline_year=a["baseline_year"],
            baseline=a["baseline"],
            national=a.get("national"),
            target=a["target"],
            kolada=a.get("kolada"),
            better=a.get("better", "higher"),
        )

    def _indicator_set(self, e: Event) -> None:
        changes = {k: v for k, v in e["after"].items() if k in _INDICATOR_COLUMNS}
        sets = ", ".join(f"{c} = :{c}" for c in changes)
        self.tx.run(f"UPDATE indicator SET {sets} WHERE id = :id", id=_id(e["subject"]), **changes)
        touch(self.tx, _area(e))

    def _indicator_value(self, e: Event) -> None:
        a = e["after"]
        indicator_id = _id(e["subject"])
        values = {
            "value": a["value"],
            "source": a["source"],
            "fetched_at": e["ts"],
            "recorded_by": e["actor"],
            "above": a.get("above"),
            "below": a.get("below"),
            "ranked": a.get("ranked"),
        }
        done = self.tx.run(
            "UPDATE indicator_value SET value = :value, source = :source,"
            " fetched_at = :fetched_at, recorded_by = :recorded_by, above = :above,"
            " below = :below, ranked = :ranked"
            " WHERE indicator_id = :i AND year = :y AND gender = :g",
            i=indicator_id,
            y=a["year"],
            g=a["gender"],
            **values,
        )
        if not done:
            insert(
                self.tx,
                "indicator_value",
                **_with_id(
                    {
                        "indicator_id": indicator_id,
                        "year": a["year"],
                        "gender": a["gender"],
                        **values,
                    },
                    a.get("id"),
                ),
            )

    def _test_add(self, e: Event) -> None:
        a = e["after"]
        self._work(e, "trial", cycle=a["cycle"], hypothesis=a["hypothesis"], measure=a["measure"])

    def _test_result(self, e: Event) -> None:
        a = e["after"]
        self.tx.run(
            "UPDATE trial SET result = :result, outcome = :outcome, result_at = :at WHERE id = :id",
            result=a["result"],
            outcome=a["outcome"],
            at=e["ts"],
            id=_id(e["subject"]),
        )
        touch(self.tx, _area(e))

    def _lesson_add(self, e: Event) -> None:
        self._work(e, "lesson", cycle=e["after"]["cycle"], text=e["after"]["text"])

    # moves and decisions --------------------------------------------------------------------
    def _move(self, e: Event) -> None:
        a = e["after"]
        touch(self.tx, _area(e), phase=a["phase"], cycle=a["cycle"], phase_since=e["ts"])

    def _request_file(self, e: Event) -> None:
        a, b = e["after"], e["before"]
        area_id = _area(e)
        version = self.tx.value("SELECT version FROM area WHERE id = :id", id=area_id)
        trigger = a.get("trigger")
        if trigger is None and self.trigger_of is not None:
            track = self.tx.value("SELECT track FROM area WHERE id = :id", id=area_id)
            trigger = self.trigger_of(track, a["source"], a["dest"])
        insert(
            self.tx,
            "request",
            id=_id(e["subject"]),
            area_id=area_id,
            trigger=trigger or a["dest"],
            source=a["source"],
            dest=a["dest"],
            cycle=b.get("cycle", 1),
            reason=e["reason"],
            area_version=version,
            status="open",
            requested_by=e["actor"],
            requested_at=e["ts"],
        )

    def _request_decided(self, e: Event) -> None:
        a, b = e["after"], e["before"]
        kind = e["kind"]
        area_id = _area(e)
        back_to = a.get("phase") if kind == "request.reject" else None
        self.tx.run(
            "UPDATE request SET status = :status, decided_by = :by, decided_at = :at,"
            " comment = :comment, on_behalf_of = :obo, back_to = :back WHERE id = :id",
            status=a["status"],
            by=e["actor"],
            at=e["ts"],
            comment=e["reason"],
            obo=a.get("on_behalf_of"),
            back=back_to,
            id=_id(e["subject"]),
        )
        if kind == "request.approve":
            touch(self.tx, area_id, phase=a["phase"], cycle=a["cycle"], phase_since=e["ts"])
        elif kind == "request.reject" and back_to is not None:
            touch(self.tx, area_id, phase=back_to, phase_since=e["ts"])
        elif kind == "request.hold":
            touch(
                self.tx,
                area_id,
                hold_until=a["hold_until"],
                hold_reason=e["reason"],
                hold_since=e["ts"],
            )
        elif kind == "request.kill":
            insert(
                self.tx,
                "lesson",
                id=_id(a["lesson"]),
                area_id=area_id,
                cycle=b.get("cycle", a["cycle"]),
                text=e["reason"],
                created_by=e["actor"],
                created_at=e["ts"],
            )
            touch(self.tx, area_id, phase=a["phase"], phase_since=e["ts"])

    def _request_withdraw(self, e: Event) -> None:
        self.tx.run(
            "UPDATE request SET status = 'withdrawn', decided_by = :by, decided_at = :at,"
            " comment = :note WHERE id = :id AND status = 'open'",
            by=e["actor"],
            at=e["ts"],
            note=e["reason"],
            id=_id(e["subject"]),
        )

    def _delegation(self, e: Event) -> None:
        area_id = _area(e)
        end_delegations(self.tx, area_id, e["ts"])
        if e["kind"] == "delegation.add":
            a = e["after"]
            values = {
                "area_id": area_id,
                "fadder": e["actor"],
                "delegate": a["delegate"],
                "until": a["until"],
                "created_at": e["ts"],
            }
            insert(self.tx, "delegation", **_with_id(values, a.get("id")))

    # follow-up ------------------------------------------------------------------------------
    def _period_open(self, e: Event) -> None:
        values = {
            "key": e["subject"],
            "status": "open",
            "opened_by": e["actor"],
            "opened_at": e["ts"],
        }
        insert(self.tx, "period", **_with_id(values, e["after"].get("id")))

    def _period_close(self, e: Event) -> None:
        self.tx.run(
            "UPDATE period SET status = 'closed', closed_by = :by, closed_at = :at WHERE key = :k",
            by=e["actor"],
            at=e["ts"],
            k=e["subject"],
        )

    def _revision(self, e: Event) -> None:
        """A stored report's row: its document is not in the trail, only its hash, so the row
        holds the hash and replay checks the stored document against it."""
        r = e["after"].get("revision")
        if not r:
            return
        insert(
            self.tx,
            "report_revision",
            id=r.get("id"),
            period=r["period"],
            revision=r["number"],
            doc="",
            hash=r["hash"],
            changes=json.dumps(r.get("changes"), ensure_ascii=False, sort_keys=True)
            if r.get("changes") is not None
            else None,
            reason=r.get("reason"),
            created_by=e["actor"],
            created_at=e["ts"],
        )

    def _status(self, e: Event) -> None:
        a, b = e["after"], e["before"]
        amend = e["kind"] == "status.amend"
        values = {
            "area_id": _area(e),
            "period": a["period"],
            "color": a["color"],
            "cause": a.get("cause"),
            "measures": a.get("measures"),
            "comment": a.get("comment"),
            "amends": b.get("report") if amend else None,
            "amend_reason": e["reason"] if amend else None,
            "reported_by": e["actor"],
            "reported_at": e["ts"],
        }
        insert(self.tx, "status_report", **_with_id(values, a.get("report")))

    def _assignment_add(self, e: Event) -> None:
        a = e["after"]
        values = {
            "title": a["title"],
            "description": a.get("description"),
            "created_by": e["actor"],
            "created_at": e["ts"],
        }
        insert(self.tx, "assignment", **_with_id(values, a.get("id")))

    def _assignment_id(self, a: dict[str, Any]) -> int:
        if "assignment_id" in a:
            return int(a["assignment_id"])
        return int(self.tx.value("SELECT id FROM assignment WHERE title = :t", t=a["assignment"]))

    def _assignment_indicator(self, e: Event) -> None:
        a = e["after"]
        values = {
            "assignment_id": self._assignment_id(a),
            **{k: a.get(k) for k in _ASSIGNMENT_INDICATOR},
        }
        insert(self.tx, "assignment_indicator", **_with_id(values, a.get("id")))

    def _assignment_status(self, e: Event) -> None:
        a = e["after"]
        values = {
            "assignment_id": self._assignment_id(a),
            "period": a["period"],
            "color": a["color"],
            "comment": a["comment"],
            "cause": a.get("cause"),
            "measures": a.get("measures"),
            "reported_by": e["actor"],
            "reported_at": e["ts"],
        }
        insert(self.tx, "assignment_status", **_with_id(values, a.get("id")))

    # rounds, partners -----------------------------------------------------------------------
    def _round_add(self, e: Event) -> None:
        a = e["after"]
        values = {
            "name": a["name"],
            "year": a["year"],
            "description": a.get("description"),
            "created_by": e["actor"],
            "created_at": e["ts"],
        }
        insert(self.tx, "round", **_with_id(values, a.get("id")))

    def _partner_add(self, e: Event) -> None:
        a = e["after"]
        insert(
            self.tx,
            "partner",
            id=_id(e["subject"]),
            name=a["name"],
            kind=a["kind"],
            created_by=e["actor"],
            created_at=e["ts"],
        )

    def _collaboration_add(self, e: Event) -> None:
        a = e["after"]
        self._work(
            e,
            "collaboration",
            partner_id=_id(a["partner"]),
            form=a["form"],
            since=a["since"],
            until=a.get("until"),
            note=a.get("note"),
        )

    def _collaboration_end(self, e: Event) -> None:
        self.tx.run(
            "UPDATE collaboration SET until = :u WHERE id = :id",
            u=e["after"]["until"],
            id=_id(e["subject"]),
        )
        touch(self.tx, _area(e))

    def _collaboration_correct(self, e: Event) -> None:
        changes = {k: v for k, v in e["after"].items() if k in ("form", "since", "until", "note")}
        sets = ", ".join(f"{c} = :{c}" for c in changes)
        self.tx.run(
            f"UPDATE collaboration SET {sets} WHERE id = :id", id=_id(e["subject"]), **changes
        )
        touch(self.tx, _area(e))

    def _assignment_edit(self, e: Event) -> None:
        changes = {k: v for k, v in e["after"].items() if k in ("title", "description")}
        sets = ", ".join(f"{c} = :{c}" for c in changes)
        self.tx.run(f"UPDATE assignment SET {sets} WHERE id = :id", id=e["after"]["id"], **changes)

    # ideas ----------------------------------------------------------------------------------
    def _idea_add(self, e: Event) -> None:
        a = e["after"]
        self._work(
            e,
            "idea",
            activity_id=_id(a.get("activity")),
            status="open",
            title=a["title"],
            description=a.get("description"),
            kind=a["kind"],
            source=a["source"],
            source_note=a.get("source_note"),
        )

    def _idea_support(self, e: Event) -> None:
        values = {"idea_id": _id(e["subject"]), "username": e["actor"], "created_at": e["ts"]}
        insert(self.tx, "idea_support", **_with_id(values, e["after"].get("id")))

    def _idea_unsupport(self, e: Event) -> None:
        self.tx.run(
            "DELETE FROM idea_support WHERE idea_id = :i AND username = :u",
            i=_id(e["subject"]),
            u=e["actor"],
        )

    def _idea_score(self, e: Event) -> None:
        a = e["after"]
        marks = {"effect": a["effect"], "cost": a["cost"], "speed": a["speed"]}
        idea_id = _id(e["subject"])
        done = self.tx.run(
            "UPDATE idea_score SET effect = :effect, cost = :cost, speed = :speed,"
            " reason = :reason, created_at = :at WHERE idea_id = :i AND username = :u",
            reason=e["reason"],
            at=e["ts"],
            i=idea_id,
            u=e["actor"],
            **marks,
        )
        if not done:
            values = {
                "idea_id": idea_id,
                "username": e["actor"],
                "reason": e["reason"],
                "created_at": e["ts"],
                **marks,
            }
            insert(self.tx, "idea_score", **_with_id(values, a.get("id")))

    def _idea_promote(self, e: Event) -> None:
        a = e["after"]
        area_id = _area(e)
        idea_id = _id(e["subject"])
        insert(
            self.tx,
            "trial",
            id=_id(a["test"]),
            area_id=area_id,
            cycle=a["cycle"],
            hypothesis=a["hypothesis"],
            measure=a.get("measure"),
            idea_id=idea_id,
            created_by=e["actor"],
            created_at=e["ts"],
        )
        self.tx.run(
            "UPDATE idea SET status = 'promoted', decided_by = :by, decided_at = :at"
            " WHERE id = :id",
            by=e["actor"],
            at=e["ts"],
            id=idea_id,
        )
        touch(self.tx, area_id)

    def _idea_settle(self, e: Event) -> None:
        self.tx.run(
            "UPDATE idea SET status = :s, status_reason = :r, decided_by = :by,"
            " decided_at = :at WHERE id = :id",
            s=e["after"]["status"],
            r=e["reason"],
            by=e["actor"],
            at=e["ts"],
            id=_id(e["subject"]),
        )

    def _key_add(self, e: Event) -> None:
        a = e["after"]
        insert(
            self.tx,
            "ssh_key",
            id=a["id"],
            username=a["username"],
            kind=a["kind"],
            fingerprint=a["fingerprint"],
            public_key=a["public_key"],
            comment=a.get("comment"),
            added_by=e["actor"],
            added_at=e["ts"],
        )

    def _key_revoke(self, e: Event) -> None:
        self.tx.run(
            "UPDATE ssh_key SET revoked_by = :by, revoked_at = :at WHERE id = :id",
            by=e["actor"],
            at=e["ts"],
            id=e["after"]["id"],
        )

    def _idea_move(self, e: Event) -> None:
        source, target = _area(e), _id(e["after"]["area"])
        self.tx.run(
            "UPDATE idea SET area_id = :to, origin_area_id = coalesce(origin_area_id, :from)"
            " WHERE id = :id",
            to=target,
            id=_id(e["subject"]),
            **{"from": source},
        )
        touch(self.tx, source)
        if target is not None:
            touch(self.tx, target)

    # the steering structure and the organisation's own work ----------------------------------
    def _setting_set(self, e: Event) -> None:
        a = e["after"]
        values = {"value": a["value"], "created_by": e["actor"], "created_at": e["ts"]}
        if self.tx.value("SELECT id FROM setting WHERE key = :k", k=a["key"]) is None:
            insert(self.tx, "setting", **_with_id({"key": a["key"], **values}, a.get("id")))
        else:
            self.tx.run(
                "UPDATE setting SET value = :value, created_by = :created_by,"
                " created_at = :created_at WHERE key = :key",
                key=a["key"],
                **values,
            )

    def _goal_area_add(self, e: Event) -> None:
        a = e["after"]
        values = {
            "name": a["name"],
            "goals": json.dumps(a["goals"]),
            "created_by": e["actor"],
            "created_at": e["ts"],
        }
        insert(self.tx, "goal_area", **_with_id(values, a.get("id")))

    def _assignment_describe(self, e: Event) -> None:
        a = dict(e["after"])
        assignment_id = a.pop("assignment_id")
        stored = {k: json.dumps(v) if k == "points" else v for k, v in a.items()}
        self.tx.run(
            "UPDATE assignment SET " + ", ".join(f"{k} = :{k}" for k in stored) + " WHERE id = :id",
            id=assignment_id,
            **stored,
        )

    def _area_serve(self, e: Event) -> None:
        values = {
            "area_id": _area(e),
            "assignment_id": e["after"]["assignment_id"],
            "created_by": e["actor"],
            "created_at": e["ts"],
        }
        insert(self.tx, "area_assignment", **_with_id(values, e["after"].get("id")))

    def _area_unserve(self, e: Event) -> None:
        self.tx.run(
            "DELETE FROM area_assignment WHERE area_id = :a AND assignment_id = :s",
            a=_area(e),
            s=e["after"]["assignment_id"],
        )

    def _assignment_judge(self, e: Event) -> None:
        a = dict(e["after"])
        row_id = a.pop("id")
        # The Kolada link and its direction are in the event only where the judgement set them.
        columns = [
            c for c in ("target_kind", "target_value", "source", "kolada", "better") if c in a
        ]
        self.tx.run(
            "UPDATE assignment_indicator SET "
            + ", ".join(f"{c} = :{c}" for c in columns)
            + " WHERE id = :id",
            id=row_id,
            **{c: a[c] for c in columns},
        )

    def _assignment_value(self, e: Event) -> None:
        a = dict(e["after"])
        self.tx.run(
            "DELETE FROM assignment_indicator_value WHERE indicator_id = :i AND year = :y",
            i=a["indicator_id"],
            y=a["year"],
        )
        row_id = a.pop("id", None)
        insert(
            self.tx,
            "assignment_indicator_value",
            **_with_id({**a, "created_by": e["actor"], "created_at": e["ts"]}, row_id),
        )

    def _work_plan(self, e: Event) -> None:
        a = dict(e["after"])
        row_id = a.pop("id", None)
        a["planned_on"] = date.fromisoformat(a["planned_on"])
        insert(
            self.tx,
            "org_activity",
            **_with_id({**a, "created_by": e["actor"], "created_at": e["ts"]}, row_id),
        )

    def _work_done(self, e: Event) -> None:
        a = e["after"]
        self.tx.run(
            "UPDATE org_activity SET done_on = :d, residents = :r, staff = :s, managers = :m"
            " WHERE id = :id",
            d=date.fromisoformat(a["done_on"]),
            r=a["residents"],
            s=a["staff"],
            m=a["managers"],
            id=a["id"],
        )

    def _training_add(self, e: Event) -> None:
        a = dict(e["after"])
        row_id = a.pop("id", None)
        a["on_day"] = date.fromisoformat(a["on_day"])
        insert(
            self.tx,
            "training",
            **_with_id({**a, "created_by": e["actor"], "created_at": e["ts"]}, row_id),
        )

    def _person_contact(self, e: Event) -> None:
        changes = {k: v for k, v in e["after"].items() if k in ("email", "digest", "lang")}
        self.tx.run(
            "UPDATE person SET "
            + ", ".join(f"{k} = :{k}" for k in changes)
            + " WHERE username = :u",
            u=e["subject"],
            **changes,
        )

    def _partner_status(self, e: Event) -> None:
        a = e["after"]
        self.tx.run("UPDATE partner SET status = :s WHERE id = :id", s=a["status"], id=a["id"])


_INDICATOR_COLUMNS = {
    "name",
    "unit",
    "baseline",
    "baseline_year",
    "national",
    "target",
    "better",
    "kolada",
}
_ASSIGNMENT_INDICATOR = (
    "name",
    "horizon",
    "unit",
    "start_year",
    "own",
    "national",
    "target",
    "source",
    "target_kind",
    "target_value",
)


def keep_event(tx: Tx, event: Event) -> None:
    """Copies an event into a projected database's own trail, its id kept (the history of a
    day shows the events as they were recorded)."""
    tx.run(
        "INSERT INTO audit_event (id, doc, hash) VALUES (:id, :doc, :hash)",
        id=event["id"],
        doc=event["doc"],
        hash=event["hash"],
    )
