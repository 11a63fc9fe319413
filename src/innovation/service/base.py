"""What every service call shares: who acts, the tables, loading an area's facts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import RowMapping, Table, bindparam, func, select
from sqlalchemy.engine import Connection

from innovation.domain import AreaFacts, NotFound, Refused, Role, make_key, parse_key
from innovation.engine import Flows, default_flows
from innovation.i18n import t
from innovation.store.database import Database
from innovation.store.tables import (
    Activity,
    ApprovalRequest,
    Area,
    AuditEvent,
    Indicator,
    Lesson,
    Person,
    Trial,
)
from innovation.timeutil import utcnow


def _table(model: Any) -> Table:
    table: Table = model.__table__
    return table


PERSON = _table(Person)
AREA = _table(Area)
ACTIVITY = _table(Activity)
TRIAL = _table(Trial)
LESSON = _table(Lesson)
INDICATOR = _table(Indicator)
REQUEST = _table(ApprovalRequest)
AUDIT = _table(AuditEvent)


@dataclass(frozen=True, slots=True)
class Actor:
    username: str
    name: str
    roles: frozenset[str]

    def has(self, *roles: Role) -> bool:
        return any(r.value in self.roles for r in roles)


def _in_cycle(table: Table, *where: Any) -> Any:
    return (
        select(func.count())
        .where(table.c.area_id == AREA.c.id, table.c.cycle == AREA.c.cycle, *where)
        .scalar_subquery()
    )


# One statement loads everything the engine may judge, counted for the area's current cycle.
_FACTS = select(
    AREA,
    _in_cycle(ACTIVITY).label("n_activities"),
    _in_cycle(TRIAL).label("n_tests"),
    _in_cycle(TRIAL, TRIAL.c.result.is_not(None)).label("n_results"),
    _in_cycle(LESSON).label("n_lessons"),
    select(func.count())
    .where(INDICATOR.c.area_id == AREA.c.id)
    .scalar_subquery()
    .label("n_indicators"),
    select(func.min(REQUEST.c.id))
    .where(REQUEST.c.area_id == AREA.c.id, REQUEST.c.status == "open")
    .scalar_subquery()
    .label("open_request"),
).where(AREA.c.id == bindparam("id"))


def facts_of(row: RowMapping) -> AreaFacts:
    cycle = row["cycle"]
    return AreaFacts(
        key=make_key("area", row["id"]),
        track=row["track"],
        phase=row["phase"],
        cycle=cycle,
        activities=row["n_activities"],
        scope=row["scope"] is not None and row["scope_cycle"] == cycle,
        nylage=row["nylage"] is not None and row["nylage_cycle"] == cycle,
        indicators_complete=row["n_indicators"],
        tests_with_hypothesis=row["n_tests"],
        tests_with_result=row["n_results"],
        owner=row["owner"] is not None and row["owner_cycle"] == cycle,
        lessons=row["n_lessons"],
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
        self.flows = flows or default_flows()
        self.clock = clock

    # who acts -------------------------------------------------------------------------
    def _actor(self, conn: Connection) -> Actor:
        row = conn.execute(
            select(PERSON.c.username, PERSON.c.name, PERSON.c.roles).where(
                PERSON.c.username == self.actor_name
            )
        ).first()
        if row is None:
            if conn.execute(select(func.count()).select_from(PERSON)).scalar_one() == 0:
                raise Refused("error.no_people")
            raise NotFound("error.unknown_actor", username=self.actor_name)
        return Actor(row.username, row.name, frozenset(row.roles.split()))

    @staticmethod
    def _person(conn: Connection, username: str) -> RowMapping:
        row = conn.execute(select(PERSON).where(PERSON.c.username == username)).mappings().first()
        if row is None:
            raise NotFound("error.unknown_person", username=username)
        return row

    # areas ------------------------------------------------------------------------------
    @staticmethod
    def _area_row(conn: Connection, key: str) -> RowMapping:
        area_id = parse_key("area", key)
        row = conn.execute(_FACTS, {"id": area_id}).mappings().first()
        if row is None:
            raise NotFound("error.not_found", kind=t("kind.area"), key=make_key("area", area_id))
        return row

    @staticmethod
    def _leads(row: RowMapping) -> tuple[str, str]:
        return row["ledartroja1"], row["ledartroja2"]
