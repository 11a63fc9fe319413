"""Moves through the flow and the fadder's four gate decisions: Go, Recycle, Hold and Kill."""

from __future__ import annotations

from datetime import date
from typing import Any

from innovation import audit, words
from innovation.domain import (
    MAX_TEXT,
    AreaFacts,
    Forbidden,
    Invalid,
    NotFound,
    Refused,
    RequestStatus,
    clean_username,
    make_key,
    parse_day,
    parse_key,
    parse_period,
    period_of,
)
from innovation.engine.flow import Flow, Transition
from innovation.engine.machine import missing_for
from innovation.engine.requirements import hint as requirement_hint
from innovation.i18n import t
from innovation.service import common
from innovation.service.base import Actor, ServiceBase, facts_of, records_denial
from innovation.service.views import MoveResult
from innovation.store import decisions
from innovation.store.areas import AreaFactsRow
from innovation.store.rows import RequestRow
from innovation.store.sql import Tx
from innovation.timeutil import When, iso


class Decision:
    """What a decision needs from the request being decided, and when it is taken."""

    def __init__(
        self,
        actor: Actor,
        req: RequestRow,
        row: AreaFactsRow,
        req_key: str,
        area_key: str,
        on_behalf_of: str | None,
        when: When,
    ) -> None:
        self.actor = actor
        self.req = req
        self.row = row
        self.req_key = req_key
        self.area_key = area_key
        self.on_behalf_of = on_behalf_of
        self.when = when


# Each flow's phase names, folded, as words.phase_names makes them: kept with the flow they
# were made from (a flow file read anew is a new Flow), so a move looks its phase up once.
_PHASE_NAMES: dict[int, tuple[Flow, dict[str, str]]] = {}


def _phase_names(flow: Flow) -> dict[str, str]:
    kept = _PHASE_NAMES.get(id(flow))
    if kept is not None and kept[0] is flow:
        return kept[1]
    names = [(p.id, p.label) for p in flow.phases]
    names += [(p.id, p.label_en) for p in flow.phases if p.label_en]
    # "Scope (avgränsning)": either word alone, as well as the whole
    names += [(p.id, w.strip(" ()")) for p in flow.phases for w in p.label_en.split("(")]
    folded = words.phase_names(names)
    if len(_PHASE_NAMES) > 64:
        _PHASE_NAMES.clear()
    _PHASE_NAMES[id(flow)] = (flow, folded)
    return folded


def _label(flow: Flow, pid: str) -> str:
    """A phase as the person reads it in a refusal: the flow file's name for it (label_en in
    English), as the board and the report name it."""
    found = flow.phase(pid)
    return pid if found is None else words.own_label(found.label, found.label_en)


class Moves(ServiceBase):
    # moving ---------------------------------------------------------------------------------
    def _phase(self, track: str, value: str) -> str:
        """A phase of the area's flow by its id or its name in either language."""
        names = _phase_names(self.flows.get(track).flow)
        return names.get(words.fold(value)) or value.strip().lower()

    def _check_move(
        self, row: AreaFactsRow, area_key: str, dest: str, facts: AreaFacts
    ) -> Transition:
        engine = self.flows.get(row.track)
        flow = engine.flow
        dest = self._phase(row.track, dest)
        if flow.phase(dest) is None:
            raise Invalid(
                "error.no_such_phase",
                phase=dest,
                flow=words.track_label(flow.id),
                choices=", ".join(_label(flow, p) for p in flow.phase_ids),
            )
        transition = engine.transition_to(row.phase, dest)
        if transition is None:
            moves = [_label(flow, tr.dest) for tr in flow.from_phase(row.phase)]
            if dest == row.phase:
                raise Refused(
                    "error.already_in_phase",
                    area=area_key,
                    phase=_label(flow, dest),
                    open=", ".join(moves) or t("error.no_moves_open"),
                )
            raise Refused(
                "error.no_move",
                area=area_key,
                source=_label(flow, row.phase),
                dest=_label(flow, dest),
                flow=words.track_label(flow.id),
                open=", ".join(moves) or t("error.no_moves_open"),
            )
        missing = missing_for(transition, facts)
        if missing:
            hints = "; ".join(requirement_hint(name, area_key) for name in missing)
            raise Refused(
                "error.move_missing",
                source=_label(flow, row.phase),
                dest=_label(flow, dest),
                missing=hints,
                names=tuple(missing),  # for a UI that names its own keys instead of commands
            )
        return transition

    def _perform(
        self,
        tx: Tx,
        row: AreaFactsRow,
        transition: Transition,
        when: When,
        facts: AreaFacts,
    ) -> dict[str, Any]:
        """Fires the transition through the machine and writes the area; returns the after."""
        phase = self.flows.get(row.track).fire(facts, transition)
        cycle = row.cycle + 1 if transition.new_cycle else row.cycle
        common.touch(tx, row.id, phase=phase, cycle=cycle, phase_since=when.ts)
        return {"phase": phase, "cycle": cycle}

    @staticmethod
    def _refuse_if_held(row: AreaFactsRow, area_key: str) -> None:
        if row.hold_until is not None:
            raise Refused("error.on_hold", area=area_key, until=row.hold_until, fadder=row.fadder)

    @records_denial
    def move(self, area: str, dest: str, *, reason: str) -> MoveResult:
        reason = common.required(reason, "reason", MAX_TEXT)
        with self.db.write() as tx:
            actor, row, area_key = self._lead_area(tx, area)
            self._refuse_if_held(row, area_key)
            if row.open_request is not None:
                self._refuse_open_request(tx, row, area_key)
            facts = facts_of(row)
            transition = self._check_move(row, area_key, dest, facts)
            when = self._when(tx, row, step=True)
            before = {"phase": row.phase, "cycle": row.cycle}
            if transition.fadder:
                req_id = common.insert(
                    tx,
                    "request",
                    area_id=row.id,
                    trigger=transition.trigger,
                    source=transition.source,
                    dest=transition.dest,
                    cycle=row.cycle,
                    reason=reason,
                    area_version=row.version,
                    status=RequestStatus.OPEN.value,
                    requested_by=actor.username,
                    requested_at=when.ts,
                )
                req = make_key("request", req_id)
                audit.append(
                    tx,
                    when,
                    actor=actor.username,
                    kind="request.file",
                    area=area_key,
                    subject=req,
                    before=before,
                    after={
                        "request": req,
                        "trigger": transition.trigger,
                        "source": transition.source,
                        "dest": transition.dest,
                        "status": RequestStatus.OPEN.value,
                        "fadder": row.fadder,
                    },
                    reason=reason,
                )
                return MoveResult(area_key, row.phase, row.cycle, request=req)
            after = self._perform(tx, row, transition, when, facts)
            audit.append(
                tx,
                when,
                actor=actor.username,
                kind="move",
                area=area_key,
                before=before,
                after={**after, "trigger": transition.trigger},
                reason=reason,
            )
            return MoveResult(area_key, after["phase"], after["cycle"])

    @staticmethod
    def _refuse_open_request(tx: Tx, row: AreaFactsRow, area_key: str) -> None:
        r = decisions.request(tx, row.open_request) if row.open_request else None
        assert r is not None
        raise Refused(
            "error.open_request",
            area=area_key,
            request=make_key("request", r.id),
            source=r.source,
            dest=r.dest,
        )

    # requests -------------------------------------------------------------------------------
    @staticmethod
    def _request(tx: Tx, request: str) -> tuple[RequestRow, str]:
        req_id = parse_key("request", request)
        req_key = make_key("request", req_id)
        req = decisions.request(tx, req_id, lock=True)
        if req is None:
            raise NotFound("error.no_such_request", key=req_key)
        if req.status != RequestStatus.OPEN.value:
            by = (req.decided_by or "?") + (f" ({req.on_behalf_of})" if req.on_behalf_of else "")
            raise Refused(
                "error.request_closed",
                request=req_key,
                status=t(f"status.{req.status}"),
                by=by,
                at=iso(req.decided_at) if req.decided_at else "?",
            )
        return req, req_key

    def _decider(
        self, tx: Tx, actor: Actor, row: AreaFactsRow, req: RequestRow, req_key: str, when: When
    ) -> str | None:
        """Who may decide: the area's fadder, or their delegate; never the one who asked."""
        area_key = make_key("area", row.id)
        if actor.username == req.requested_by:
            raise Forbidden(
                "error.own_request", actor=actor.username, request=req_key, area=area_key
            )
        if actor.username in self._leads(row):
            raise Forbidden(
                "error.lead_decides", actor=actor.username, request=req_key, area=area_key
            )
        if actor.username == row.fadder:
            return None
        fadder = decisions.delegated_by(tx, row.id, actor.username, when.day)
        if fadder is not None:
            return str(fadder)
        raise Forbidden(
            "error.forbidden_decide",
            actor=actor.username,
            request=req_key,
            fadder=row.fadder,
            area=area_key,
        )

    def _decision(self, tx: Tx, request: str) -> Decision:
        actor = self._actor(tx)
        req, req_key = self._request(tx, request)
        row = self._area_row(tx, make_key("area", req.area_id))
        when = self._when(tx, row, request=req, step=True)
        on_behalf_of = self._decider(tx, actor, row, req, req_key, when)
        return Decision(actor, req, row, req_key, make_key("area", row.id), on_behalf_of, when)

    def _close(
        self,
        tx: Tx,
        d: Decision,
        status: RequestStatus,
        comment: str | None,
        back_to: str | None = None,
    ) -> When:
        done = decisions.decide(
            tx,
            d.req.id,
            status=status.value,
            by=d.actor.username,
            at=d.when.ts,
            comment=comment,
            on_behalf_of=d.on_behalf_of,
            back_to=back_to,
        )
        if not done:  # another decision got there first: say whose
            self._request(tx, d.req_key)
            raise Refused("db.busy")
        return d.when

    def _decided(
        self,
        tx: Tx,
        d: Decision,
        kind: str,
        when: When,
        before: dict[str, Any],
        after: dict[str, Any],
        comment: str | None,
    ) -> None:
        extra = {"on_behalf_of": d.on_behalf_of} if d.on_behalf_of else {}
        audit.append(
            tx,
            when,
            actor=d.actor.username,
            kind=kind,
            area=d.area_key,
            subject=d.req_key,
            before={**before, "status": "open"},
            after={**after, **extra},
            reason=comment,
        )

    def _stale_check(self, d: Decision) -> None:
        row, req = d.row, d.req
        if row.phase != req.source or row.cycle != req.cycle:
            raise Refused(
                "error.request_outdated",
                request=d.req_key,
                source=req.source,
                dest=req.dest,
                area=d.area_key,
                phase=row.phase,
            )

    @records_denial
    def approve(self, request: str, *, comment: str | None = None) -> MoveResult:
        """Go: the move happens."""
        note = common.optional(comment, "comment", MAX_TEXT, multiline=True)
        with self.db.write() as tx:
            d = self._decision(tx, request)
            self._stale_check(d)
            facts = facts_of(d.row)
            transition = self._check_move(d.row, d.area_key, d.req.dest, facts)
            when = self._close(tx, d, RequestStatus.APPROVED, note)
            before = {"phase": d.row.phase, "cycle": d.row.cycle}
            after = self._perform(tx, d.row, transition, when, facts)
            status = {"status": RequestStatus.APPROVED.value}
            self._decided(tx, d, "request.approve", when, before, {**after, **status}, note)
            return MoveResult(d.area_key, after["phase"], after["cycle"], request=d.req_key)

    @records_denial
    def reject(self, request: str, *, comment: str, back_to: str | None = None) -> MoveResult:
        """Recycle: the area stays, or goes back to an earlier phase of the same cycle."""
        note = common.required(comment, "comment", MAX_TEXT)
        with self.db.write() as tx:
            d = self._decision(tx, request)
            phase, cycle = d.row.phase, d.row.cycle
            target = None
            if back_to is not None:
                target = self._phase(d.row.track, back_to)
                earlier = self.flows.get(d.row.track).flow.earlier(phase)
                if target not in earlier:
                    raise Invalid(
                        "error.bad_back_to",
                        phase=target,
                        current=phase,
                        choices=", ".join(earlier) or t("error.no_moves_open"),
                    )
            when = self._close(tx, d, RequestStatus.REJECTED, note, back_to=target)
            after: dict[str, Any] = {"status": RequestStatus.REJECTED.value}
            if target is not None:
                target = self.flows.get(d.row.track).back(phase, target)
                common.touch(tx, d.row.id, phase=target, phase_since=when.ts)
                after |= {"phase": target, "cycle": cycle}
                phase = target
            before = {"phase": d.row.phase, "cycle": cycle}
            self._decided(tx, d, "request.reject", when, before, after, note)
            return MoveResult(d.area_key, phase, cycle, request=d.req_key)

    @records_denial
    def hold(self, request: str, *, until: str, comment: str) -> MoveResult:
        """Hold: good, but not now. The area is vilande until a tertial; resume lifts it."""
        period = parse_period(until)
        note = common.required(comment, "comment", MAX_TEXT)
        with self.db.write() as tx:
            d = self._decision(tx, request)
            current = period_of(d.when.day)
            if period < current:
                raise Invalid("error.past_period", value=period, current=current)
            when = self._close(tx, d, RequestStatus.HELD, note)
            common.touch(tx, d.row.id, hold_until=period, hold_reason=note, hold_since=when.ts)
            before = {"phase": d.row.phase, "hold_until": None}
            after = {"status": RequestStatus.HELD.value, "hold_until": period}
            self._decided(tx, d, "request.hold", when, before, after, note)
            return MoveResult(d.area_key, d.row.phase, d.row.cycle, request=d.req_key)

    @records_denial
    def kill(self, request: str, *, comment: str) -> MoveResult:
        """Kill: stop, and keep the lesson. The area ends its cycle in the flow's kill phase."""
        note = common.required(comment, "comment", MAX_TEXT)
        with self.db.write() as tx:
            d = self._decision(tx, request)
            flow = self.flows.get(d.row.track).flow
            if flow.kill is None:
                raise Refused("error.no_kill", flow=flow.id)
            when = self._close(tx, d, RequestStatus.KILLED, note)
            # The decision's comment is the lesson kept; it counts for the cycle that ended.
            lesson_id = common.insert(
                tx,
                "lesson",
                area_id=d.row.id,
                cycle=d.row.cycle,
                text=note,
                created_by=d.actor.username,
                created_at=when.ts,
            )
            kill = self.flows.get(d.row.track).kill(d.row.phase)
            common.touch(tx, d.row.id, phase=kill, phase_since=when.ts)
            before = {"phase": d.row.phase, "cycle": d.row.cycle}
            after = {
                "phase": kill,
                "cycle": d.row.cycle,
                "status": RequestStatus.KILLED.value,
                "lesson": make_key("lesson", lesson_id),
            }
            self._decided(tx, d, "request.kill", when, before, after, note)
            return MoveResult(d.area_key, kill, d.row.cycle, request=d.req_key)

    @records_denial
    def withdraw(self, request: str, *, reason: str | None = None) -> str:
        """The one who filed a request takes it back."""
        note = common.optional(reason, "reason", MAX_TEXT, multiline=True)
        with self.db.write() as tx:
            actor = self._actor(tx)
            req, req_key = self._request(tx, request)
            area_key = make_key("area", req.area_id)
            if actor.username != req.requested_by:
                raise Forbidden(
                    "error.forbidden_withdraw",
                    actor=actor.username,
                    request=req_key,
                    by=req.requested_by,
                    area=area_key,
                )
            when = self._when(tx, self._area_row(tx, area_key), request=req, step=True)
            decisions.decide(
                tx,
                req.id,
                status=RequestStatus.WITHDRAWN.value,
                by=actor.username,
                at=when.ts,
                comment=note,
            )
            audit.append(
                tx,
                when,
                actor=actor.username,
                kind="request.withdraw",
                area=area_key,
                subject=req_key,
                before={"status": "open"},
                after={"status": RequestStatus.WITHDRAWN.value},
                reason=note,
            )
        return req_key

    # holds and delegation --------------------------------------------------------------------
    def _fadder_area(
        self, tx: Tx, area: str, command: str
    ) -> tuple[Actor, AreaFactsRow, str, str | None, When]:
        actor = self._actor(tx)
        row = self._area_row(tx, area)
        key = make_key("area", row.id)
        when = self._when(tx, row, step=command == "resume")
        if actor.username == row.fadder:
            return actor, row, key, None, when
        if command == "resume" and actor.username not in self._leads(row):
            fadder = decisions.delegated_by(tx, row.id, actor.username, when.day)
            if fadder is not None:
                return actor, row, key, str(fadder), when
        raise Forbidden(
            f"error.forbidden_{command}", actor=actor.username, area=key, fadder=row.fadder
        )

    @records_denial
    def resume(self, area: str, *, comment: str | None = None) -> str:
        """Lifts a hold: the area is active again in the phase it waited in."""
        note = common.optional(comment, "comment", MAX_TEXT, multiline=True)
        with self.db.write() as tx:
            actor, row, key, on_behalf_of, when = self._fadder_area(tx, area, "resume")
            if row.hold_until is None:
                raise Refused("error.not_on_hold", area=key)
            common.touch(tx, row.id, hold_until=None, hold_reason=None, hold_since=None)
            extra = {"on_behalf_of": on_behalf_of} if on_behalf_of else {}
            audit.append(
                tx,
                when,
                actor=actor.username,
                kind="area.resume",
                area=key,
                before={"hold_until": row.hold_until, "hold_reason": row.hold_reason},
                after={"hold_until": None, **extra},
                reason=note,
            )
        return key

    @records_denial
    def delegate(
        self, area: str, *, to: str | None, until: str | None, revoke: bool = False
    ) -> str:
        """A fadder hands decisions on one area to another person until a date (inclusive)."""
        day: date | None = None
        if not revoke:
            if to is None or until is None:
                raise Invalid("error.delegate_args")
            to = clean_username(to)
            day = parse_day(until)
        with self.db.write() as tx:
            actor, row, key, _, when = self._fadder_area(tx, area, "delegate")
            if day is not None and day < when.day:
                raise Invalid("error.past_date", value=day.isoformat())
            current = decisions.delegation(tx, row.id, when.day)
            before = {"delegate": current.delegate, "until": str(current.until)} if current else {}
            if revoke and not current:
                raise Refused("error.no_delegation", area=key)
            if not revoke:
                assert to is not None and day is not None
                self._person(tx, to)
                if to in self._leads(row) or to == row.fadder:
                    raise Refused("error.delegate_self", username=to, area=key)
            common.end_delegations(tx, row.id, when.ts)
            after: dict[str, Any] = {}
            if not revoke:
                delegation_id = common.insert(
                    tx,
                    "delegation",
                    area_id=row.id,
                    fadder=actor.username,
                    delegate=to,
                    until=day,
                    created_at=when.ts,
                )
                after = {"delegate": to, "until": str(day), "id": delegation_id}
            audit.append(
                tx,
                when,
                actor=actor.username,
                kind="delegation.revoke" if revoke else "delegation.add",
                area=key,
                subject=to,
                before=before,
                after=after,
            )
        return key
