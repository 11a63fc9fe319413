"""What every service call shares: who acts, loading an area's facts in one statement."""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Self, TypeVar

from innovation.domain import (
    AreaFacts,
    Forbidden,
    Invalid,
    NotFound,
    Refused,
    Role,
    clean_username,
    make_key,
    parse_day,
    parse_key,
    period_of,
)
from innovation.i18n import t
from innovation.plain import Plain
from innovation.store import areas, decisions, events, people, periods
from innovation.store.areas import AreaFactsRow
from innovation.store.database import Database
from innovation.store.rows import PersonRow, RequestRow
from innovation.store.sql import Tx
from innovation.timeutil import When, local_date, utcnow

if TYPE_CHECKING:
    from innovation.engine import Flows

F = TypeVar("F", bound=Callable[..., Any])


class Actor(Plain, frozen=True):
    username: str
    name: str
    roles: frozenset[str]

    def has(self, *roles: Role) -> bool:
        return any(r.value in self.roles for r in roles)


# Steps change what an area is (its phase, cycle, hold, people or waiting request); everything
# else recorded on an area happens within a stay between two steps. A step may not be dated
# before anything already recorded on its area, other work not before the latest step: so the
# record read by day tells the same story as the record read in order. Notes about the record
# (a refused attempt, an annotation, a note read, a support) are dated when made and never
# hold anything back.
STEP_KINDS = (
    "area.create", "area.merge", "area.merged", "area.assign", "area.handover", "area.resume",
    "move", "request.file", "request.approve", "request.reject", "request.hold",
    "request.kill", "request.withdraw",
)  # fmt: skip
NOTE_KINDS = ("denied", "annotation", "handover.seen", "idea.support", "idea.unsupport",
              "reminder.sent")  # fmt: skip


def event_day(on_day: str | None, at: Any) -> date:
    """The day an event happened: its own `on`, or for events recorded before that was kept,
    the day it was recorded."""
    return date.fromisoformat(on_day) if on_day else local_date(at)


def facts_of(row: AreaFactsRow) -> AreaFacts:
    cycle = row.cycle
    return AreaFacts(
        key=make_key("area", row.id),
        track=row.track,
        phase=row.phase,
        cycle=cycle,
        activities=row.n_activities,
        scope=row.scope is not None and row.scope_cycle == cycle,
        nylage=row.nylage is not None and row.nylage_cycle == cycle,
        indicators_complete=row.n_indicators,
        tests_with_hypothesis=row.n_tests,
        tests_with_result=row.n_results,
        owner=row.owner is not None and row.owner_cycle == cycle,
        lessons=row.n_lessons,
        extra={
            "ideas": row.n_ideas,
            "ideas_from_residents": row.n_ideas_res,
            "ideas_from_staff": row.n_ideas_staff,
            "stop_ideas": row.n_ideas_stop,
            "promoted_ideas": row.n_ideas_prom,
        },
    )


class ServiceBase:
    """The one way to change data. Each public call is one transaction and one audit event."""

    def __init__(
        self,
        db: Database,
        actor: str,
        *,
        flows: Flows | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.db = db
        self.actor_name = actor.strip().lower()
        self._flows = flows
        # Each flow's phases that end a cycle adopting what was tested, found when needed.
        self._adopting: dict[str, frozenset[str]] | None = None
        self.clock = clock
        # The day the next commands' changes happened (None: the day they are recorded), and
        # the reason when that day lies in a closed period (an amendment).
        self.on: date | None = None
        self.amend: str | None = None
        # On a view of an earlier day (Timeline.as_of), each area made after it and the day it
        # was made: asked for one of those, the view says when it came, not that it is unknown.
        self.later_areas: dict[int, date] = {}

    @property
    def flows(self) -> Flows:
        """The workspace's flows, read when first needed (listing people needs none)."""
        if self._flows is None:
            from innovation.engine import default_flows

            self._flows = default_flows()
        return self._flows

    def _adopts(self, track: str, phase: str) -> bool:
        """Whether the phase ends a cycle with what was tested adopted (the flow file says)."""
        return phase in self._adopting_in(track)

    def _adopting_in(self, track: str) -> frozenset[str]:
        """The flow's end phases that adopt what was tested."""
        if self._adopting is None:
            self._adopting = {
                engine.flow.id: frozenset(p.id for p in engine.flow.phases if p.end and p.adopts)
                for engine in self.flows
            }
        return self._adopting.get(track, frozenset())

    def dated(self, on: str | date | None, *, amend: str | None = None) -> Self:
        """The same service, recording what happened on `on` (a day, YYYY-MM-DD); `amend` is
        the reason for a change inside a closed period, which makes its report a new revision."""
        clone = copy.copy(self)
        clone.on = parse_day(on) if on is not None and on != "" else None
        clone.amend = None
        if amend is not None and amend.strip():
            from innovation.domain import MAX_TEXT, clean_text

            clone.amend = clean_text(
                amend, field_name=t("field.amend_reason"), limit=MAX_TEXT, multiline=True
            )
        return clone

    def _when(
        self,
        tx: Tx,
        *areas: AreaFactsRow,
        request: RequestRow | None = None,
        step: bool = False,
    ) -> When:
        """When this change happens: recorded now, on the day the service was dated with (or
        today). Refused when that day is in the future, before an area existed, before its
        latest step (a step: before anything recorded on it), before the request it decides,
        or inside a closed period without `amend`."""
        now = self.clock()
        today = local_date(now)
        day = self.on or today
        if day > today:
            raise Invalid("error.future_day", day=day.isoformat(), today=today.isoformat())
        if request is not None:
            asked = local_date(request.requested_at)
            if day < asked:
                raise Refused(
                    "error.before_request",
                    day=day.isoformat(),
                    request=make_key("request", request.id),
                    asked=asked.isoformat(),
                )
        for row in areas:
            key = make_key("area", row.id)
            created = local_date(row.created_at)
            if day < created:
                raise Refused(
                    "error.before_area", day=day.isoformat(), area=key, created=created.isoformat()
                )
            if step:
                last = events.last_day_outside(tx, key, NOTE_KINDS)
                if last is not None and last.on_day is None:
                    last = events.last_undated_outside(tx, key, NOTE_KINDS)
            else:
                last = events.last_among(tx, key, STEP_KINDS)
            if last is not None:
                previous = event_day(last.on_day, last.at)
                if day < previous:
                    raise Refused(
                        "error.before_step",
                        day=day.isoformat(),
                        area=key,
                        step=t(f"event.{last.kind}"),
                        event=last.id,
                        previous=previous.isoformat(),
                    )
        # A closed period's report is the world as of the day it was closed (its last day, as a
        # rule): what happened before then is in it, and changing that is an amendment.
        closed = periods.closed(tx, period_of(day))
        if closed is not None and closed.closed_at and day < local_date(closed.closed_at):
            if self.amend is None:
                raise Refused("error.in_closed_period", day=day.isoformat(), period=closed.key)
            self._revise(tx, closed.key, self.amend)
        return When(now, day)

    def _revise(self, tx: Tx, period: str, reason: str) -> None:
        """A closed period's report gets a new revision when this transaction's changes are
        all made (once per period, however many changes touch it)."""
        actor = self.actor_name
        tx.before_commit.setdefault(
            f"revise:{period}",
            lambda: self._freeze(tx, period, reason, actor),  # type: ignore[attr-defined]
        )

    def _now(self) -> When:
        """A change that concerns no area, recorded and dated now (or on the service's day)."""
        now = self.clock()
        today = local_date(now)
        day = self.on or today
        if day > today:
            raise Invalid("error.future_day", day=day.isoformat(), today=today.isoformat())
        return When(now, day)

    def _actor(self, tx: Tx) -> Actor:
        row = people.person(tx, self.actor_name)
        if row is None:
            if not people.anyone(tx):
                raise Refused("error.no_people")
            raise NotFound("error.unknown_actor", username=self.actor_name)
        return Actor(row.username, row.name, frozenset(row.roles.split()))

    @staticmethod
    def _person(tx: Tx, username: str) -> PersonRow:
        row = people.person(tx, username)
        if row is None:
            raise NotFound("error.unknown_person", username=username)
        return row

    def _area_row(self, tx: Tx, key: str) -> AreaFactsRow:
        area_id = parse_key("area", key)
        row = areas.facts(tx, area_id)
        if row is None:
            made = self.later_areas.get(area_id)
            if made is not None:
                raise NotFound(
                    "error.area_not_yet",
                    key=make_key("area", area_id),
                    day=local_date(self.clock()).isoformat(),
                    made=made.isoformat(),
                )
            raise NotFound("error.no_such_area", key=make_key("area", area_id))
        return row

    def _holds(self, tx: Tx, username: str, role: Role) -> None:
        person = self._person(tx, username)
        if role.value not in person.roles.split():
            raise Refused("error.lacks_role", username=username, role=t(f"role.{role.value}"))

    @staticmethod
    def _people(fadder: str, ledartrojor: list[str]) -> tuple[str, list[str]]:
        fadder = clean_username(fadder)
        leads = [clean_username(u) for u in ledartrojor]
        if len(leads) != 2 or leads[0] == leads[1]:
            raise Invalid("error.two_leads")
        if fadder in leads:
            raise Refused("error.fadder_is_lead", username=fadder)
        return fadder, leads

    @staticmethod
    def _refuse_if_merged(row: AreaFactsRow) -> None:
        """A merged area has ended: its history is read, nothing is added to it."""
        if row.merged_into is not None:
            raise Refused(
                "error.area_merged",
                area=make_key("area", row.id),
                into=make_key("area", row.merged_into),
            )

    def _refuse_delegate_as_lead(
        self, tx: Tx, row: AreaFactsRow, leads: list[str], fadder: str
    ) -> None:
        """Four eyes after a change of people: whoever decides for the fadder (an active
        delegate, while the fadder stays) may not become one who leads the area."""
        if fadder != row.fadder:
            return  # the delegation ends with the fadder's sponsorship
        delegate = decisions.active_delegate(tx, row.id, local_date(self.clock()))
        if delegate is not None and delegate in leads:
            raise Refused(
                "error.delegate_would_lead",
                username=delegate,
                area=make_key("area", row.id),
                fadder=row.fadder,
            )

    @staticmethod
    def _leads(row: AreaFactsRow) -> tuple[str, str]:
        return row.ledartroja1, row.ledartroja2

    def _lead_area(self, tx: Tx, key: str) -> tuple[Actor, AreaFactsRow, str]:
        actor = self._actor(tx)
        row = self._area_row(tx, key)
        area_key = make_key("area", row.id)
        if actor.username not in self._leads(row):
            raise Forbidden(
                "error.forbidden_record",
                actor=actor.username,
                area=area_key,
                leads=", ".join(self._leads(row)),
            )
        self._refuse_if_merged(row)
        return actor, row, area_key

    def _record_denial(self, command: str, target: object, exc: Forbidden) -> None:
        """Writes who tried what, in a transaction of its own: the attempt changed nothing."""
        with self.db.write() as tx:
            from innovation import audit

            audit.append(
                tx,
                When(self.clock()),
                actor=self.actor_name,
                kind="denied",
                area=exc.params.get("area"),
                subject=str(target)[:63] if isinstance(target, str) else None,
                after={"command": command, "refusal": exc.key, **_plain(exc.params)},
            )


def _plain(params: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in params.items() if isinstance(v, str | int | float | bool) or v is None}


def records_denial(func: F) -> F:
    """A command refused for permission leaves an audit event of the attempt behind."""

    @functools.wraps(func)
    def wrapper(self: ServiceBase, *args: Any, **kw: Any) -> Any:
        try:
            return func(self, *args, **kw)
        except Forbidden as exc:
            self._record_denial(func.__name__, args[0] if args else None, exc)
            raise

    return wrapper  # type: ignore[return-value]
